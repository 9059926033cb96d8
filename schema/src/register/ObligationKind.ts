import { createEnumeration } from '../vocabulary';

/** The obligations a permit may attach to what it releases (policy/types.ts Obligation). */
export const ObligationKind = createEnumeration('Obligation', [
  'SANITISE_SOURCE',
  'NO_ONWARD_DISSEMINATION',
  'CONTACT_OWNER_BEFORE_ACTION',
] as const);
export type ObligationKind = (typeof ObligationKind.values)[number];
