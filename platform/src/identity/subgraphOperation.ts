import { createHash } from 'node:crypto';

/** The operation one subgraph fetch carries: what a caller context is bound to. */
export interface SubgraphOperation {
  query: string;
  operationName?: string | null;
  variables?: Readonly<Record<string, unknown>> | null;
}

/**
 * The SHA-256 (base64url) a caller context carries as `operation_hash`.
 *
 * Variables are bound as well as the query text: the planner's fetches are
 * parameterised, so every `_entities` fetch to a subgraph has the same text and
 * differs only in its representations. A context bound to the text alone could
 * be raced, before the gateway's own request arrives, with the same query for
 * other nominals; bound to the variables too it is good for one fetch only.
 *
 * The form is `JSON.stringify`, which is what the gateway puts on the wire and
 * which a subgraph reproduces exactly from the parsed body (JSON.parse keeps
 * key order; JSON values survive the round trip). Absent and null variables
 * and operation names count as empty, as GraphQL executes them the same way.
 */
export function hashSubgraphOperation(operation: SubgraphOperation): string {
  const canonical = JSON.stringify([
    operation.query,
    operation.operationName ?? null,
    operation.variables ?? {},
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}

/**
 * Reads the operation from a parsed GraphQL request body, or undefined when
 * the body is not one (the request then cannot match any caller context).
 */
export function readSubgraphOperation(
  body: unknown,
): SubgraphOperation | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return undefined;
  const { query, operationName, variables } = body as Record<string, unknown>;
  if (typeof query !== 'string') return undefined;
  if (
    operationName !== undefined &&
    operationName !== null &&
    typeof operationName !== 'string'
  )
    return undefined;
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  )
    return undefined;
  return {
    query,
    operationName,
    variables: variables as SubgraphOperation['variables'],
  };
}
