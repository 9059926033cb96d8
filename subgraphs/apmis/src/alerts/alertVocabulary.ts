import { createEnumeration } from '@marsoc/schema';

/**
 * What an alert is about (issue 13 point 5; seed 000 E567: prisons moved
 * prisoners without telling the police, and police nominated prisoners
 * without the prison's knowledge). A custody movement is one kind whatever
 * the movement: which movement it was is HMPPS's information, shown only to
 * a reader the register lets see movements in full.
 */
export const AlertKind = createEnumeration('AlertKind', [
  'CUSTODY_MOVEMENT',
  'NOMINATION',
  'DISRUPTION_RECORDED',
  'COHORT_TRANSFER_REQUESTED',
  'COHORT_TRANSFER_DECIDED',
] as const);
export type AlertKind = (typeof AlertKind.values)[number];

/** The custody movements HMPPS notifies: between establishments, release, recall. */
export const CustodyMovement = createEnumeration('CustodyMovement', [
  'TRANSFER',
  'RELEASE',
  'RECALL',
] as const);
export type CustodyMovement = (typeof CustodyMovement.values)[number];
