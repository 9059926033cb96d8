import { type GraphQLFormattedError } from 'graphql';
import {
  createPopulation,
  createSilentLogger,
  createSubgraphServer,
  DEFAULT_SEED,
  type SubgraphServer,
  type SyntheticNominal,
} from '@marsoc/platform';
import {
  createFixedPolicy,
  TEST_CALLER,
  TEST_PURPOSE,
} from '@marsoc/platform/testing';
import { type PolicyEngine } from '@marsoc/schema';
import { hmppsSubgraph } from '../definition';
import { type HmppsLoaders } from '../loaders';
import { type HmppsRepository } from '../repository/HmppsRepository';
import { openHmppsRepository } from '../repository/openHmppsRepository';

/** The small store every subgraph test reads: the default seed at the default laptop size. */
export const TEST_STORE = {
  dataDirectory: ':memory:',
  seed: DEFAULT_SEED,
  size: 400,
} as const;

export function openTestRepository(): HmppsRepository {
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

export function createTestServer(
  repository: HmppsRepository,
  policy: PolicyEngine = createFixedPolicy(),
): SubgraphServer<HmppsLoaders> {
  return createSubgraphServer(hmppsSubgraph, {
    repository,
    policy,
    isKnownCategory: () => true,
    log: createSilentLogger(),
  });
}

export interface QueryResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/** Runs one operation as the fully cleared test analyst and returns the single result. */
export async function runQuery(
  server: SubgraphServer<HmppsLoaders>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<QueryResult> {
  const response = await server.apollo.executeOperation(
    { query, variables },
    {
      contextValue: server.createContext({
        caller: TEST_CALLER,
        purpose: TEST_PURPOSE,
        requestId: 'test',
      }),
    },
  );
  if (response.body.kind !== 'single')
    throw new Error('expected a single result');
  return response.body.singleResult as QueryResult;
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

export const ENTITIES_QUERY = `
  query Picture($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Nominal { ${NOMINAL_PICTURE} } }
  }
`;

export function representationsOf(
  ...ids: string[]
): { __typename: 'Nominal'; id: string }[] {
  return ids.map((id) => ({ __typename: 'Nominal', id }));
}
