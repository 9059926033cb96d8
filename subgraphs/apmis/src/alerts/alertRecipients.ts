import { findPrisonEstablishment } from '@marsoc/platform';
import { type Caller, type Region } from '@marsoc/schema';
import { type CustodyMovement } from './alertVocabulary';

/**
 * Who an alert goes to, as addresses resolved from data the system already
 * holds: the SRO as the cohort records them on acceptance ("name, unit"), a
 * region's Regional Leads, and an establishment's security department (HMPPS
 * staff whose unit is "<establishment> Security Department", as the
 * prison-intel persona's is). A caller's own addresses are derived from their
 * verified token, so nobody can ask for another's inbox.
 */
export const SECURITY_DEPARTMENT_SUFFIX = ' Security Department';

export const addressLeadsOf = (region: Region) => `LEAD:${region}`;
export const addressSro = (sro: string) => `SRO:${sro}`;
export const addressSecurityDepartmentOf = (establishment: string) =>
  `SECURITY:${establishment}`;

/** The addresses whose alerts this caller reads. */
export function findCallerAddresses(caller: Caller): string[] {
  const addresses = [addressSro(`${caller.name}, ${caller.unit}`)];
  if (caller.roles.includes('REGIONAL_LEAD'))
    addresses.push(...caller.regions.map(addressLeadsOf));
  if (
    caller.agency === 'HMPPS' &&
    caller.unit.endsWith(SECURITY_DEPARTMENT_SUFFIX)
  )
    addresses.push(
      addressSecurityDepartmentOf(
        caller.unit.slice(0, -SECURITY_DEPARTMENT_SUFFIX.length),
      ),
    );
  return addresses;
}

/** What an event needs to say whom it reaches. */
export type AlertEvent =
  | { kind: 'NOMINATION'; region: Region; establishment: string | null }
  | {
      kind: 'DISRUPTION_RECORDED';
      region: Region;
      moderatingRegion: Region;
      sro: string | null;
    }
  | {
      kind: 'CUSTODY_MOVEMENT';
      region: Region;
      sro: string | null;
      movement: CustodyMovement;
      toEstablishment: string | null;
    }
  | {
      kind: 'COHORT_TRANSFER_REQUESTED' | 'COHORT_TRANSFER_DECIDED';
      fromRegion: Region;
      toRegion: Region;
      sro: string | null;
    };

/**
 * The recipient rules (issue 13 point 5): the SRO and the region's lead for
 * every event on a cohort nominal; the receiving region's lead for a move out
 * of the region (a prison transfer or recall to an establishment elsewhere, or
 * a cohort transfer); and the establishment's security department when a
 * prisoner is nominated, or a nominated prisoner arrives (seed 000 E567).
 */
export function findAlertRecipients(event: AlertEvent): string[] {
  const addresses: string[] = [];
  const sro = 'sro' in event ? event.sro : null;
  if (sro !== null) addresses.push(addressSro(sro));
  switch (event.kind) {
    case 'NOMINATION':
      addresses.push(addressLeadsOf(event.region));
      if (event.establishment !== null)
        addresses.push(addressSecurityDepartmentOf(event.establishment));
      break;
    case 'DISRUPTION_RECORDED':
      addresses.push(
        addressLeadsOf(event.region),
        addressLeadsOf(event.moderatingRegion),
      );
      break;
    case 'CUSTODY_MOVEMENT': {
      addresses.push(addressLeadsOf(event.region));
      const arrival =
        event.toEstablishment === null
          ? undefined
          : findPrisonEstablishment(event.toEstablishment);
      if (arrival !== undefined) {
        addresses.push(
          addressLeadsOf(arrival.region),
          addressSecurityDepartmentOf(arrival.name),
        );
      }
      break;
    }
    case 'COHORT_TRANSFER_REQUESTED':
    case 'COHORT_TRANSFER_DECIDED':
      addresses.push(
        addressLeadsOf(event.fromRegion),
        addressLeadsOf(event.toRegion),
      );
      break;
  }
  return [...new Set(addresses)];
}
