import { createHash } from 'node:crypto';

/** What a limit answers: go ahead, or not before `retryAfterSeconds`. */
export type LimitDecision =
  { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const ALLOWED: LimitDecision = Object.freeze({ allowed: true });

/**
 * The fixed window of `windowMs` holding `now` (ms since the epoch): its
 * number, part of every key counted in it, so the clock that decides is the
 * caller's (injectable) one, never Redis's; and the whole seconds left in it.
 */
export function readWindow(
  now: number,
  windowMs: number,
): { index: number; retryAfterSeconds: number } {
  const index = Math.floor(now / windowMs);
  const endsAt = (index + 1) * windowMs;
  return {
    index,
    retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now) / 1000)),
  };
}

/**
 * A caller's sub or a nominal id as it is kept in a limit's store: hashed, so
 * a dump of the store lists no plain id and no caller-chosen text becomes a
 * key. Not secrecy (nominal ids are few enough to guess): hygiene.
 */
export function hashLimitKey(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}
