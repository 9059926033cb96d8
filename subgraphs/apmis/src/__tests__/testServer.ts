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
import { apmisSubgraph } from '../definition';
import { type ApmisLoaders } from '../loaders';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { openApmisRepository } from '../repository/openApmisRepository';

/** A small seeded in-memory store: the 129 nominations and some others. */
export function openTestRepository(seed = DEFAULT_SEED): ApmisRepository {
  return openApmisRepository({ dataDirectory: ':memory:', seed, size: 200 });
}

export function createTestServer(
  repository: ApmisRepository,
  policy: PolicyEngine = createFixedPolicy(),
): SubgraphServer<ApmisLoaders> {
  return createSubgraphServer(apmisSubgraph, {
    repository,
    policy,
    isKnownCategory: () => true,
    log: createSilentLogger(),
    // Apollo otherwise installs inline tracing itself and announces it on the
    // console; createSubgraphServer does not yet turn it off (reported to the lead).
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
}

export interface ExecutionResult {
  data?: Record<string, unknown> | null;
  errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

/** Runs one operation in process, as the gateway would send it. */
export async function execute(
  server: SubgraphServer<ApmisLoaders>,
  query: string,
  variables: Record<string, unknown> = {},
  request: { caller?: Caller; purpose?: RequestPurpose } = {},
): Promise<ExecutionResult> {
  const response = await server.apollo.executeOperation(
    { query, variables },
    {
      contextValue: server.createContext({
        caller: request.caller ?? TEST_CALLER,
        purpose: 'purpose' in request ? request.purpose : TEST_PURPOSE,
        requestId: 'test',
      }),
    },
  );
  if (response.body.kind !== 'single')
    throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return JSON.parse(JSON.stringify({ data, errors })) as ExecutionResult;
}

/** Every APMIS field of a nominal, for whole-picture comparisons. */
export const PICTURE_FIELDS = `
  id
  apmis { apmisReference name dateOfBirth region owningUnit }
  socThreats { id threatType threatArea morileScore morileConfidence tier moderationStatus owningUnit phase assessedOn }
  disruptions { id date leadAgency supportingAgencies recordingAgency fourP assessment description marsocFlag arrests }
  cohort { status region nominatingAgency supervisionAtNomination cycleNominated cycleDeselected }
`;

export const ENTITIES_QUERY = `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Nominal { ${PICTURE_FIELDS} } }
  }
`;

export function representationsOf(
  ...ids: string[]
): { __typename: 'Nominal'; id: string }[] {
  return ids.map((id) => ({ __typename: 'Nominal', id }));
}
