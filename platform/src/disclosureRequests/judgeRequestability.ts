import { type Decision, rankDisclosure, type ReasonCode } from '@marsoc/schema';

/**
 * What a request for one category may come to. NOTHING_TO_REQUEST is the one
 * answer for an NCND category and for what the owner does not hold, so the
 * two cannot be told apart. NOT_LIFTABLE: something no grant can lift keeps
 * the category from the caller (their vetting, a forbid, their purpose), or it
 * is already theirs in full; judged on the caller alone, the same for every
 * nominal.
 */
export type Requestability =
  | { kind: 'REQUESTABLE' }
  | { kind: 'NOTHING_TO_REQUEST' }
  | { kind: 'NOT_LIFTABLE'; reason: ReasonCode | 'ALREADY_RELEASED' };

const EXISTENCE_RANK = rankDisclosure('EXISTENCE');

/**
 * Judges a request from the caller's decisions for the category's fields (the
 * request's own decision table) and whether the owner holds anything of it on
 * the nominal. `held` is always read by the caller, whatever the outcome, so
 * every refusal costs the same store reads. Where the caller is shown the
 * category as held (EXISTENCE or more), holding nothing is NOTHING_TO_REQUEST,
 * as they would see anyway; where they are shown only WITHHELD (no held flag),
 * holding is never told, and the request goes to the owner.
 */
export function judgeRequestability(
  decisions: readonly Decision[],
  held: boolean,
): Requestability {
  if (
    decisions.length === 0 ||
    decisions.some((decision) => decision.level === 'NCND')
  )
    return { kind: 'NOTHING_TO_REQUEST' };
  const liftable = decisions.filter((decision) => decision.grantable);
  if (liftable.length === 0) return notLiftable(decisions);
  const showsHeld = liftable.some(
    (decision) => rankDisclosure(decision.level) >= EXISTENCE_RANK,
  );
  if (showsHeld && !held) return { kind: 'NOTHING_TO_REQUEST' };
  return { kind: 'REQUESTABLE' };
}

function notLiftable(decisions: readonly Decision[]): Requestability {
  const kept = decisions.find((decision) => decision.level !== 'FULL');
  return {
    kind: 'NOT_LIFTABLE',
    reason: kept ? kept.reason : 'ALREADY_RELEASED',
  };
}
