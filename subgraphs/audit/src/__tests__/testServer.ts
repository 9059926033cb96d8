import {
  type AuditSink,
  createOwnerAuditPlugin,
  createSilentLogger,
  createSubgraphServer,
  type SubgraphServer,
} from '@marsoc/platform';
import {
  type Caller,
  type PolicyEngine,
  type RequestPurpose,
} from '@marsoc/schema';
import { createPolicyEngine } from '@marsoc/schema/policy';
import { loadRegister } from '@marsoc/schema/register';
import { auditSubgraph } from '../definition';
import { type AuditLoaders } from '../loaders';
import { type AuditLogRepository } from '../repository/AuditLogRepository';

const register = loadRegister();

/** The real register's policy engine: the rules under test are the register's. */
export function createRegisterPolicy(): PolicyEngine {
  return createPolicyEngine(register);
}

export interface TestServerOptions {
  policy?: PolicyEngine;
  /** When given, the server audits its own operations to it, as the service does. */
  sink?: AuditSink;
}

export function createTestServer(
  repository: AuditLogRepository,
  options: TestServerOptions = {},
): SubgraphServer<AuditLoaders> {
  const log = createSilentLogger();
  const sink = options.sink;
  return createSubgraphServer(auditSubgraph, {
    repository,
    policy: options.policy ?? createRegisterPolicy(),
    isKnownCategory: (category) => register.categories.has(category),
    log,
    plugins: sink
      ? [
          // The same wiring runSubgraphService gives every subgraph.
          createOwnerAuditPlugin({
            sink,
            service: 'audit',
            registerVersion: register.version,
            supergraphVersion: 'test-supergraph',
            log,
          }),
        ]
      : [],
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

export const AUDIT_PURPOSE: RequestPurpose = {
  purpose: 'AUDIT',
  justification: 'Quarterly lawfulness check of consultations',
};

let requestCount = 0;

/** Runs one operation in process, as the gateway would send it. */
export async function execute(
  server: SubgraphServer<AuditLoaders>,
  query: string,
  request: {
    caller: Caller;
    purpose?: RequestPurpose;
    variables?: Record<string, unknown>;
  },
): Promise<ExecutionResult> {
  requestCount += 1;
  const response = await server.apollo.executeOperation(
    { query, variables: request.variables ?? {} },
    {
      contextValue: server.createContext({
        caller: request.caller,
        purpose: request.purpose,
        requestId: `test-${requestCount}`,
      }),
    },
  );
  if (response.body.kind !== 'single')
    throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return JSON.parse(JSON.stringify({ data, errors })) as ExecutionResult;
}

export const ACCESSES_QUERY = `
  query ($nominalId: ID!, $limit: Int) {
    accessesTo(nominalId: $nominalId, limit: $limit) {
      time requestId service processing outcome purpose justification
      actor { sub name agency unit roles vetting }
      shown {
        owner category released summarised held withheld reasons
        counts { released summarised held withheld }
      }
    }
  }
`;

export interface AccessResult {
  time: string;
  requestId: string;
  service: string;
  processing: string;
  outcome: string;
  purpose: string | null;
  justification: string | null;
  actor: { sub: string; name: string | null; agency: string; roles: string[] };
  shown: {
    owner: string;
    category: string;
    released: string[];
    held: string[];
    withheld: string[];
    reasons: string[];
    counts: Record<string, number>;
  }[];
}

/** The accesses in a successful answer. */
export function readAccesses(result: ExecutionResult): AccessResult[] {
  const accesses = result.data?.accessesTo;
  if (!Array.isArray(accesses))
    throw new Error(`no accesses: ${JSON.stringify(result.errors)}`);
  return accesses as AccessResult[];
}

/** Counts the repository's reads, to show a denial reads nothing. */
export function countReads(repository: AuditLogRepository): {
  repository: AuditLogRepository;
  reads(): number;
} {
  let reads = 0;
  return {
    repository: {
      readRecords() {
        reads += 1;
        return repository.readRecords();
      },
    },
    reads: () => reads,
  };
}
