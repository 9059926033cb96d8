import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import {
  createSilentLogger,
  createSubgraphServer,
  DEFAULT_SEED,
  type SubgraphServer,
} from '@marsoc/platform';
import {
  createFixedPolicy,
  TEST_CALLER,
  TEST_PURPOSE,
} from '@marsoc/platform/testing';
import {
  type Caller,
  type PolicyEngine,
  type RequestPurpose,
} from '@marsoc/schema';
import { ncahmrcSubgraph } from '../definition';
import { type NcaHmrcLoaders } from '../loaders';
import { type NcaHmrcRepository } from '../repository/NcaHmrcRepository';
import { openNcaHmrcRepository } from '../repository/openNcaHmrcRepository';

/** A small seeded store; the population's 129 nominations plus some. */
export const TEST_STORE = {
  dataDirectory: ':memory:',
  seed: DEFAULT_SEED,
  size: 400,
};

export function openTestRepository(): NcaHmrcRepository {
  return openNcaHmrcRepository(TEST_STORE);
}

export function createTestServer(
  repository: NcaHmrcRepository,
  policy: PolicyEngine = createFixedPolicy(),
): SubgraphServer<NcaHmrcLoaders> {
  return createSubgraphServer(ncahmrcSubgraph, {
    repository,
    policy,
    isKnownCategory: () => true,
    log: createSilentLogger(),
    // Apollo would otherwise enable federated tracing and announce it on the
    // console (createSubgraphServer passes it no logger).
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
}

export interface ExecutedResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

/** Runs one operation in process, as `caller` with `purpose`. */
export async function execute(
  server: SubgraphServer<NcaHmrcLoaders>,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = TEST_CALLER,
  purpose: RequestPurpose = TEST_PURPOSE,
): Promise<ExecutedResult> {
  const response = await server.apollo.executeOperation(
    { query, variables },
    {
      contextValue: server.createContext({
        caller,
        purpose,
        requestId: 'test',
      }),
    },
  );
  if (response.body.kind !== 'single')
    throw new Error('expected a single result');
  return response.body.singleResult as ExecutedResult;
}

/** The `_entities` query for a list of nominal ids, selecting `selection`. */
export function entitiesQuery(selection: string): string {
  return `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Nominal { ${selection} } }
  }`;
}

export function representationsOf(...ids: string[]): {
  representations: object[];
} {
  return { representations: ids.map((id) => ({ __typename: 'Nominal', id })) };
}

/** Every agency field the subgraph serves about a nominal (the key aside). */
export const AGENCY_FIELDS = `
  hmrc {
    taxReference
    selfAssessments { taxYear declaredIncome taxDue filedOn }
    directorships { companyName companyNumber role appointedOn resignedOn }
    vatRegistrations { vatNumber tradingName registeredOn status }
    assets { assetType description estimatedValue acquiredOn }
  }
  hmrcInvestigations { reference investigationType openedOn status }
  nca {
    ncaReference
    ocgTiering { groupName tier threatArea nationalPriority assessedOn }
    suspiciousActivityReports { reference submittedOn reportingSector amount reasonCode }
    covertInterest { operationName interestType owningCommand recordedOn }
    deconfliction { contactBeforeAction route }
  }
  ncaDeconfliction { contactBeforeAction route }
`;

/** Everything the subgraph serves about a nominal. */
export const FULL_PICTURE = `id ${AGENCY_FIELDS}`;
