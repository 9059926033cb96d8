/**
 * Prints a subgraph's caller-context key (its CALLER_CONTEXT_KEY) derived from
 * the gateway's CALLER_CONTEXT_SECRET in the environment, or a fresh secret:
 *
 *   npx tsx platform/src/identity/cli/printCallerContextKey.ts --new-secret
 *   CALLER_CONTEXT_SECRET=... npx tsx platform/src/identity/cli/printCallerContextKey.ts police
 *
 * Only the key is printed, so it can go straight into a secret store.
 */
import { randomBytes } from 'node:crypto';
import { SUBGRAPHS } from '@marsoc/schema';
import {
  CALLER_CONTEXT_KEY_BYTES,
  decodeCallerContextKeyText,
  deriveCallerContextKey,
  encodeCallerContextKeyText,
} from '../callerContextKeys';

function main(argument: string | undefined): string {
  if (argument === '--new-secret')
    return encodeCallerContextKeyText(randomBytes(CALLER_CONTEXT_KEY_BYTES));
  const names = SUBGRAPHS.map((subgraph) => subgraph.name);
  if (!names.some((name) => name === argument))
    throw new Error(
      `name one subgraph (${names.join(', ')}) or give --new-secret`,
    );
  const secret = process.env.CALLER_CONTEXT_SECRET;
  if (secret === undefined || secret === '')
    throw new Error('CALLER_CONTEXT_SECRET is not set');
  return encodeCallerContextKeyText(
    deriveCallerContextKey(
      decodeCallerContextKeyText(secret, 'CALLER_CONTEXT_SECRET'),
      String(argument),
    ),
  );
}

try {
  process.stdout.write(`${main(process.argv[2])}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
