import {
  createPopulation,
  DEFAULT_SEED,
  type SyntheticNominal,
} from '@marsoc/platform';
import { createEntitiesQuery } from '@marsoc/platform/testing';
import { type HmppsRepository } from '../repository/HmppsRepository';
import { openHmppsRepository } from '../repository/openHmppsRepository';

/** The small store every subgraph test reads: the default seed at the default laptop size. */
export const TEST_STORE = {
  dataDirectory: ':memory:',
  seed: DEFAULT_SEED,
  size: 400,
} as const;

export function openTestRepository(): Promise<HmppsRepository> {
  return openHmppsRepository(TEST_STORE);
}

/** The population the test store was seeded from, to pick nominals by supervision status. */
export const TEST_POPULATION: readonly SyntheticNominal[] =
  createPopulation(TEST_STORE);

export function findNominal(
  predicate: (nominal: SyntheticNominal) => boolean,
): SyntheticNominal {
  const found = TEST_POPULATION.find(predicate);
  if (!found) throw new Error('the test population has no such nominal');
  return found;
}

/** Every HMPPS field of a nominal, as an analyst's subject profile asks for them. */
export const NOMINAL_PICTURE = `
  custody {
    status prisonNumber establishment establishmentRegion securityCategory receptionDate
    earliestReleaseDate licenceExpiryDate
    sentence { offence lengthInMonths sentenceDate sentencingCourt }
    movements { movementDate fromLocation toLocation reason }
    adjudications { adjudicationDate establishment charge finding punishment }
    seizures { seizureDate itemType establishment location description }
    visits { visitDate visitorName relationship visitType }
    phoneContacts { phoneNumber contactName relationship approved }
  }
  probation {
    crn status probationRegion offenderManager team supervisionType startDate endDate
    licenceConditions { conditionType description }
    risk { mappaLevel mappaCategory roshLevel assessedOn }
  }
`;

export const ENTITIES_QUERY = createEntitiesQuery(NOMINAL_PICTURE);
