import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';

/** SHA-256 of the committed supergraph: which composed schema an audit record was made under. */
export function readSupergraphVersion(
  path = join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return 'unknown';
  }
}
