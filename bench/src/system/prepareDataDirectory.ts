import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  createDevelopmentIssuer,
  DEVELOPMENT_ISSUER_KEY_NAME,
  loadOrCreateCallerContextSecret,
  loadOrCreateKeyPair,
  MAX_TOKEN_LIFETIME_SECONDS,
} from '@marsoc/platform';
import { loadBenchCaller } from '../query/benchCaller';

/** One system's data directory, with the bearer token its gateway accepts. */
export interface PreparedDataDirectory {
  directory: string;
  logDirectory: string;
  /** A development-issuer token for the bench persona, valid for a day. */
  bearerToken: string;
}

/**
 * Creates the data directory a set of services shares and its keys before any
 * process starts (so that five processes never race to create them), and
 * issues the bench persona's bearer token from its development issuer.
 */
export async function prepareDataDirectory(
  directory: string,
): Promise<PreparedDataDirectory> {
  const logDirectory = join(directory, 'logs');
  mkdirSync(logDirectory, { recursive: true });
  const keys = join(directory, 'keys');
  await loadOrCreateCallerContextSecret(keys);
  await loadOrCreateKeyPair(keys, DEVELOPMENT_ISSUER_KEY_NAME);
  const issuer = await createDevelopmentIssuer({ dataDirectory: directory });
  const bearerToken = await issuer.issueToken(loadBenchCaller(), {
    lifetimeSeconds: MAX_TOKEN_LIFETIME_SECONDS,
  });
  return { directory, logDirectory, bearerToken };
}
