import {
  ConfigError,
  type Environment,
  readBoolean,
  readChoice,
  readDataDirectory,
  readHost,
  readPort,
} from '../config';
import {
  DEFAULT_POPULATION_SIZE,
  DEFAULT_SEED,
  TOTAL_NOMINATIONS,
} from '../synthetic';

/** Settings every subgraph service shares. */
export interface ServiceConfig {
  port: number;
  host: string;
  dataDirectory: string;
  /** The synthetic data's seed and size (DATA_SEED, DATA_SCALE). */
  seed: string;
  size: number;
  /**
   * SEED_SYNTHETIC: whether an empty store is filled with the synthetic data.
   * On by default in development (npm start); off in production
   * (NODE_ENV=production) unless set to true, so a deployment never serves
   * made-up nominals it was not asked for.
   */
  seedSynthetic: boolean;
  logLevel: string;
  /**
   * REDIS_URL when set: the replicas of a subgraph then share one replay store
   * for caller contexts; unset, each replica remembers in its own memory.
   */
  redisUrl?: string;
}

const MAX_POPULATION = 1_000_000;
const LOG_LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const;

export function readServiceConfig(
  env: Environment,
  portVariable: string,
  defaultPort: number,
): ServiceConfig {
  return Object.freeze({
    port: readPort(env, portVariable, defaultPort),
    host: readHost(env, 'HOST', '127.0.0.1'),
    dataDirectory: readDataDirectory(env),
    seed: readSeed(env),
    size: readPopulationSize(env),
    seedSynthetic: readBoolean(
      env,
      'SEED_SYNTHETIC',
      env.NODE_ENV !== 'production',
    ),
    logLevel: readChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    redisUrl: readRedisUrl(env),
  });
}

function readRedisUrl(env: Environment): string | undefined {
  const raw = env.REDIS_URL;
  if (raw === undefined || raw === '') return undefined;
  if (!/^rediss?:\/\/./.test(raw))
    throw new ConfigError(
      'REDIS_URL',
      raw,
      'must be a redis:// or rediss:// URL',
    );
  return raw;
}

function readSeed(env: Environment): string {
  const raw = env.DATA_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  if (!/^[\w.-]{1,64}$/.test(raw))
    throw new ConfigError(
      'DATA_SEED',
      raw,
      'use 1-64 letters, digits, dots, dashes or underscores',
    );
  return raw;
}

function readPopulationSize(env: Environment): number {
  const raw = env.DATA_SCALE;
  if (raw === undefined || raw === '') return DEFAULT_POPULATION_SIZE;
  const size = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (
    !Number.isInteger(size) ||
    size < TOTAL_NOMINATIONS ||
    size > MAX_POPULATION
  ) {
    throw new ConfigError(
      'DATA_SCALE',
      raw,
      `must be a whole number of nominals from ${TOTAL_NOMINATIONS} to ${MAX_POPULATION}`,
    );
  }
  return size;
}
