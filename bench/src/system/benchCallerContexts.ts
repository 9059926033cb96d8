import { join } from 'node:path';
import {
  CALLER_CONTEXT_ISSUER,
  createCallerContextSigner,
  loadOrCreateCallerContextSecret,
  readSubgraphOperation,
  type SubgraphOperation,
  toCallerContextSecret,
} from '@marsoc/platform';
import { type CallerContext } from '@marsoc/schema/caller';

/** Caller contexts for the comparison gateways and the floor. */
export interface BenchCallerContexts {
  /** A fresh caller context header value for one fetch of `operation` to `subgraph`. */
  headerFor(subgraph: string, operation: SubgraphOperation): Promise<string>;
  /** The same, for a fetch whose JSON body is already written. */
  headerForBody(subgraph: string, body: string): Promise<string>;
}

/**
 * Signs one static caller (the bench persona) with the embedded default secret
 * in the data directory (each subgraph's own HMAC key), once per fetch: our
 * subgraphs accept each context once and only for the operation it was signed
 * for, so a context cannot be signed ahead and reused. Every subject therefore
 * pays one signature per fetch, as our own gateway does.
 */
export async function createBenchCallerContexts(
  dataDirectory: string,
  context: CallerContext,
): Promise<BenchCallerContexts> {
  const secret = await loadOrCreateCallerContextSecret(
    join(dataDirectory, 'keys'),
  );
  const signer = createCallerContextSigner({
    secret: toCallerContextSecret(secret),
    issuer: CALLER_CONTEXT_ISSUER,
  });
  const headerFor = (subgraph: string, operation: SubgraphOperation) =>
    signer.sign(context, subgraph, operation);
  return {
    headerFor,
    headerForBody(subgraph, body) {
      const operation = readSubgraphOperation(JSON.parse(body));
      if (operation === undefined)
        throw new Error(`a fetch to ${subgraph} carries no GraphQL operation`);
      return headerFor(subgraph, operation);
    },
  };
}
