import { describeValue } from './boundedText';

/** How long one grant may run before the owner must decide again. */
export const MAX_GRANT_YEARS = 1;

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant (ms) an ISO-8601 date-time with a zone denotes, or undefined when
 * it is malformed or names a day or time that does not exist (JavaScript would
 * silently roll 30 February over into March).
 */
export function parseIsoInstant(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_INSTANT.exec(value);
  if (!match) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? '0'));
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const exists =
    utc.getUTCFullYear() === year &&
    utc.getUTCMonth() === month - 1 &&
    utc.getUTCDate() === day &&
    utc.getUTCHours() === hour &&
    utc.getUTCMinutes() === minute &&
    utc.getUTCSeconds() === second;
  if (!exists) return undefined;
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? undefined : instant;
}

/** The problems with an expiry, judged at `now` (ms): in the future, at most a year on. */
export function validateExpiry(value: unknown, now: number): string[] {
  if (value === undefined || value === null || value === '') {
    return ['expiresAt is required: every grant must end.'];
  }
  const expiry = parseIsoInstant(value);
  if (expiry === undefined) {
    return [
      `expiresAt ${describeValue(value)} is not an ISO-8601 date and time with a zone, e.g. 2026-03-31T23:59:59Z.`,
    ];
  }
  if (expiry <= now) return ['expiresAt must be in the future.'];
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_GRANT_YEARS);
  if (expiry > limit.getTime()) {
    return [
      `expiresAt may be at most ${MAX_GRANT_YEARS} year ahead; record a new grant when this one ends.`,
    ];
  }
  return [];
}
