import {
  createRandom,
  type SyntheticNominal,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import {
  createContactRecords,
  type ContactRecords,
} from './createContactRecords';
import { createCustodyRecords, HELD_IN_PRISON } from './createCustodyRecords';
import { createPrisonSecurityRecords } from './createPrisonSecurityRecords';
import { createProbationRecords } from './createProbationRecords';
import { createWellKnownRecords } from './createWellKnownRecords';
import { type HmppsRecords } from './HmppsRecords';

const NO_CONTACTS: ContactRecords = { visits: [], phoneContacts: [] };

/**
 * What HMPPS holds on one nominal, from the supervision status and custodial
 * episode the shared population gives them: a prison record for anyone with a prison number, a
 * probation record for anyone with a CRN, nothing for someone under no
 * supervision. Seeded per nominal, so a nominal's records do not change with
 * the population's size.
 */
export function createHmppsRecords(
  seed: string,
  nominal: SyntheticNominal,
): HmppsRecords {
  if (
    nominal.id === WELL_KNOWN_NOMINAL_ID &&
    nominal.prisonNumber !== null &&
    nominal.crn !== null
  ) {
    return createWellKnownRecords(nominal, nominal.prisonNumber, nominal.crn);
  }
  const random = createRandom(`${seed}:hmpps:${nominal.id}`);
  const status = nominal.custody?.status ?? null;
  const prison =
    nominal.custody !== null && nominal.prisonNumber !== null
      ? createCustodyRecords(
          random,
          nominal,
          nominal.prisonNumber,
          nominal.custody,
        )
      : null;
  const heldNow = status !== null && HELD_IN_PRISON.has(status);
  const security = createPrisonSecurityRecords(
    random,
    nominal.id,
    prison?.stays ?? [],
    heldNow,
  );
  const currentStay = prison?.stays[prison.stays.length - 1];
  const contacts =
    heldNow && currentStay
      ? createContactRecords(random, nominal, currentStay)
      : NO_CONTACTS;
  const probation =
    nominal.crn !== null
      ? createProbationRecords(
          random,
          nominal,
          nominal.crn,
          status,
          prison?.dates ?? null,
        )
      : null;
  return {
    custody: prison?.custody ?? null,
    movements: prison?.movements ?? [],
    ...security,
    ...contacts,
    probation: probation?.supervision ?? null,
    licenceConditions: probation?.licenceConditions ?? [],
    risk: probation?.risk ?? null,
  };
}
