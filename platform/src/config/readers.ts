import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './ConfigError';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The repository root: the default data directory and the supergraph live under it. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..', '..');

/** A TCP port from `name`, or `fallback` when unset. */
export function readPort(
  env: Environment,
  name: string,
  fallback: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw))
    throw new ConfigError(name, raw, 'a port must be a whole number');
  const port = Number(raw);
  if (port < 1 || port > 65535)
    throw new ConfigError(name, raw, 'a port must be between 1 and 65535');
  return port;
}

/** A host name or address to listen on or call. */
export function readHost(
  env: Environment,
  name: string,
  fallback: string,
): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[A-Za-z0-9.:-]+$/.test(raw))
    throw new ConfigError(name, raw, 'not a host name or address');
  return raw;
}

/** An absolute http(s) URL. */
export function readUrl(
  env: Environment,
  name: string,
  fallback?: string,
): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error();
    return raw;
  } catch {
    throw new ConfigError(name, raw, 'not an http(s) URL');
  }
}

export function readBoolean(
  env: Environment,
  name: string,
  fallback: boolean,
): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, raw, 'must be true or false');
}

/** One of a fixed set of values. */
export function readChoice<const T extends string>(
  env: Environment,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const found = choices.find((choice) => choice === raw);
  if (found === undefined)
    throw new ConfigError(name, raw, `must be one of ${choices.join(', ')}`);
  return found;
}

/**
 * The data directory (DATA_DIR, default `.data` in the project root): created if
 * missing, and proved writable now rather than at the first audit write.
 */
export function readDataDirectory(env: Environment): string {
  const raw = env.DATA_DIR;
  const directory =
    raw === undefined || raw === ''
      ? resolve(PROJECT_ROOT, '.data')
      : resolve(raw);
  try {
    mkdirSync(directory, { recursive: true });
    if (!statSync(directory).isDirectory()) throw new Error('not a directory');
    accessSync(directory, constants.W_OK | constants.R_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      'DATA_DIR',
      raw ?? directory,
      `cannot be used as a writable data directory (${reason})`,
    );
  }
  return directory;
}
