import { join } from 'node:path';
import {
  CALLER_CONTEXT_ISSUER,
  CALLER_CONTEXT_KEY_NAME,
  type CallerContext,
  createCallerContextSigner,
  loadOrCreateKeyPair,
  MAX_CALLER_CONTEXT_LIFETIME_SECONDS,
} from '@marsoc/platform';

/** Signed caller contexts for the comparison gateways and the floor, one per subgraph. */
export interface CallerContextCache {
  /** The current `x-caller-context` value for `subgraph` (synchronous: a map read). */
  headerFor(subgraph: string): string;
  close(): void;
}

const REFRESH_MS = 20_000;

/**
 * Signs one static caller context per subgraph with the embedded default key
 * in the data directory, and re-signs them every ~20 s (they live 60 s), so the
 * comparison gateways pay a map read per fetch rather than a signature: what is
 * compared is gateway overhead, not signing.
 */
export async function createCallerContextCache(
  dataDirectory: string,
  context: CallerContext,
  subgraphs: readonly string[],
): Promise<CallerContextCache> {
  const pair = await loadOrCreateKeyPair(
    join(dataDirectory, 'keys'),
    CALLER_CONTEXT_KEY_NAME,
  );
  const signer = createCallerContextSigner({
    privateKey: pair.privateKey,
    kid: pair.kid,
    issuer: CALLER_CONTEXT_ISSUER,
    lifetimeSeconds: MAX_CALLER_CONTEXT_LIFETIME_SECONDS,
  });
  const headers = new Map<string, string>();
  const signAll = async (): Promise<void> => {
    for (const subgraph of subgraphs)
      headers.set(subgraph, await signer.sign(context, subgraph));
  };
  await signAll();
  const timer = setInterval(() => {
    signAll().catch((error: unknown) =>
      console.error('could not re-sign the bench caller contexts', error),
    );
  }, REFRESH_MS);
  timer.unref();
  return {
    headerFor(subgraph) {
      const header = headers.get(subgraph);
      if (header === undefined)
        throw new Error(`no caller context for subgraph ${subgraph}`);
      return header;
    },
    close: () => clearInterval(timer),
  };
}
