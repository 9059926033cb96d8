import { createListLoader, createRowLoader } from '@marsoc/platform';
import { createDisclosureLoaders } from '@marsoc/platform/disclosure-requests';
import {
  type HmppsRepository,
  type NominalReferenceRow,
} from './repository/HmppsRepository';
import { createCohortMovementLoader } from './search/createCohortMovementLoader';
import { createHmppsSearchLoader } from './search/createHmppsSearchLoader';

/**
 * HMPPS's own disclosures: only HMPPS grants and answers requests here (the
 * MARSOC field this subgraph serves is APMIS's to grant, not HMPPS's).
 */
export const HMPPS_DESK = { prefix: 'Hmpps', owner: 'HMPPS' } as const;

/**
 * One loader per lookup, created per request (never shared: a cache shared
 * between callers with different clearances would be a leak). Each batches a
 * request's keys into one repository call.
 */
export function createLoaders(repository: HmppsRepository) {
  const byNominal = (row: { nominalId: string }) => row.nominalId;
  const byReference = (row: NominalReferenceRow) => row.reference;
  return {
    ...createDisclosureLoaders(repository.disclosures, {
      owners: [HMPPS_DESK.owner],
    }),
    custody: createRowLoader(
      (ids) => repository.findCustodyByNominalIds(ids),
      byNominal,
    ),
    movements: createListLoader(
      (ids) => repository.findMovementsByNominalIds(ids),
      byNominal,
    ),
    adjudications: createListLoader(
      (ids) => repository.findAdjudicationsByNominalIds(ids),
      byNominal,
    ),
    seizures: createListLoader(
      (ids) => repository.findSeizuresByNominalIds(ids),
      byNominal,
    ),
    visits: createListLoader(
      (ids) => repository.findVisitsByNominalIds(ids),
      byNominal,
    ),
    phoneContacts: createListLoader(
      (ids) => repository.findPhoneContactsByNominalIds(ids),
      byNominal,
    ),
    probation: createRowLoader(
      (ids) => repository.findProbationByNominalIds(ids),
      byNominal,
    ),
    licenceConditions: createListLoader(
      (ids) => repository.findLicenceConditionsByNominalIds(ids),
      byNominal,
    ),
    risk: createRowLoader(
      (ids) => repository.findRiskByNominalIds(ids),
      byNominal,
    ),
    /** Every holder of each prison number: more than one means the number is ambiguous. */
    nominalsByPrisonNumber: createListLoader(
      (numbers) => repository.findNominalIdsByPrisonNumbers(numbers),
      byReference,
    ),
    nominalsByCrn: createListLoader(
      (crns) => repository.findNominalIdsByCrns(crns),
      byReference,
    ),
    /** By a search's canonical criteria. */
    search: createHmppsSearchLoader(repository),
    associateLinks: createListLoader(
      (ids) => repository.findAssociateLinksByNominalIds(ids),
      byNominal,
    ),
    cohortMovements: createCohortMovementLoader(repository),
  };
}

export type HmppsLoaders = ReturnType<typeof createLoaders>;
