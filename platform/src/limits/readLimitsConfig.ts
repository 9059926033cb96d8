import { Role } from '@marsoc/schema';
import { ConfigError, type Environment } from '../config';

/** The per-caller limits' settings (README, "Settings"; docs/threat-model.md). */
export interface LimitsConfig {
  /**
   * LIMITS_REDIS_URL, else REDIS_URL: where every replica counts, so a caller
   * gets one allowance however many replicas answer them. Unset: each process
   * counts in its own memory (npm start, one replica).
   */
  redisUrl?: string;
  /** LIMITS_KEY_PREFIX: the Redis keys' prefix, so deployments sharing a server stay apart. */
  keyPrefix: string;
  /** SEARCHES_PER_MINUTE: searches a caller may start in a clock minute. */
  searchesPerMinute: number;
  /** NOMINAL_BREADTH_PER_HOUR: distinct nominals a caller may open in a clock hour, by role. */
  nominalsPerHour: Readonly<Record<Role, number>>;
}

export const DEFAULT_SEARCHES_PER_MINUTE = 30;

/**
 * Distinct nominals a caller of each role may open in an hour. A subject
 * profile opens one, a 100-nominal cohort picture a hundred; re-opening is
 * free, so these bound how many different people one caller can pull in an
 * hour, not how often they work on them. Auditors read the log about many
 * nominals; a regional lead reviews a whole region's cohort.
 */
export const DEFAULT_NOMINALS_PER_HOUR: Readonly<Record<Role, number>> = {
  ANALYST: 200,
  INTELLIGENCE_OFFICER: 200,
  OFFENDER_MANAGER: 100,
  SRO: 200,
  REGIONAL_LEAD: 400,
  DISCLOSURE_OFFICER: 200,
  AUDITOR: 1000,
};

/** Far above any real need; a larger figure is a typo, not a policy. */
const MAX_PER_WINDOW = 100_000;

/** Reads and checks the limits' settings; a bad one stops the service at start. */
export function readLimitsConfig(env: Environment): LimitsConfig {
  return Object.freeze({
    ...readRedisUrl(env),
    keyPrefix: readKeyPrefix(env),
    searchesPerMinute: readCount(
      'SEARCHES_PER_MINUTE',
      env.SEARCHES_PER_MINUTE,
      DEFAULT_SEARCHES_PER_MINUTE,
    ),
    nominalsPerHour: Object.freeze(readNominalsPerHour(env)),
  });
}

function readRedisUrl(env: Environment): { redisUrl?: string } {
  const [name, raw] =
    env.LIMITS_REDIS_URL !== undefined && env.LIMITS_REDIS_URL !== ''
      ? ['LIMITS_REDIS_URL', env.LIMITS_REDIS_URL]
      : ['REDIS_URL', env.REDIS_URL];
  if (raw === undefined || raw === '') return {};
  if (!/^rediss?:\/\/./.test(raw))
    throw new ConfigError(name, raw, 'must be a redis:// or rediss:// URL');
  return { redisUrl: raw };
}

function readKeyPrefix(env: Environment): string {
  const raw = env.LIMITS_KEY_PREFIX;
  if (raw === undefined || raw === '') return 'marsoc:limits:';
  if (!/^[\w:.-]{1,64}$/.test(raw))
    throw new ConfigError(
      'LIMITS_KEY_PREFIX',
      raw,
      'use 1-64 letters, digits, colons, dots, dashes or underscores',
    );
  return raw;
}

function readCount(
  name: string,
  raw: string | undefined,
  fallback: number,
): number {
  if (raw === undefined || raw === '') return fallback;
  const count = parseCount(raw);
  if (count === undefined)
    throw new ConfigError(name, raw, `must be ${COUNT_RULE}`);
  return count;
}

const COUNT_RULE = `a whole number from 1 to ${MAX_PER_WINDOW}`;

function parseCount(raw: string): number | undefined {
  const count = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isInteger(count) && count >= 1 && count <= MAX_PER_WINDOW
    ? count
    : undefined;
}

/**
 * `ROLE=count` pairs separated by commas, each replacing that role's default
 * (`ANALYST=150,AUDITOR=2000`). An unknown role, a repeated one or a count
 * that is not a whole number from 1 up is refused, naming the variable.
 */
function readNominalsPerHour(env: Environment): Record<Role, number> {
  const name = 'NOMINAL_BREADTH_PER_HOUR';
  const raw = env.NOMINAL_BREADTH_PER_HOUR;
  const limits: Record<Role, number> = { ...DEFAULT_NOMINALS_PER_HOUR };
  if (raw === undefined || raw.trim() === '') return limits;
  const seen = new Set<string>();
  for (const pair of raw.split(',')) {
    const [role = '', count, extra] = pair
      .split('=')
      .map((part) => part.trim());
    if (!Role.is(role) || count === undefined || extra !== undefined)
      throw new ConfigError(
        name,
        raw,
        `expected ROLE=count pairs separated by commas, ROLE one of ${Role.values.join(', ')}; '${pair.trim()}' is not one`,
      );
    if (seen.has(role))
      throw new ConfigError(name, raw, `${role} is given twice`);
    seen.add(role);
    const perHour = parseCount(count);
    if (perHour === undefined)
      throw new ConfigError(name, raw, `${role}: must be ${COUNT_RULE}`);
    limits[role] = perHour;
  }
  return limits;
}
