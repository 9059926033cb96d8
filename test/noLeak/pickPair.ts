import { type Random } from '@marsoc/platform';
import { type CallerView } from './callerView';
import { type NoLeakSuite } from './noLeakSuite';
import { seesNothingOf } from './prunePair';

/** An id that no store holds, in the nominal id format. */
export const MADE_UP_NOMINAL_ID = 'NOM-98765';

/** The NCA covert-interest pair of test/ncnd.test.ts: NOM-00002 has one, NOM-00001 none. */
const DESIGNED_PAIRS: readonly (readonly [string, string])[] = [
  ['NOM-00001', 'NOM-00002'],
  ['NOM-00002', 'NOM-00001'],
];

/**
 * Two sides for a nominal case: often the designed NCND pair, sometimes a
 * nominal and a made-up id (only when the caller may see nothing of the
 * nominal, so the two must be indistinguishable), otherwise any two of the pool.
 */
export function pickPair(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): { a: string; b: string; madeUp: boolean } {
  const draw = random.next();
  if (draw < 0.2) {
    const [a, b] = random.pick(DESIGNED_PAIRS);
    return { a, b, madeUp: false };
  }
  const a = random.pick(suite.poolIds);
  if (
    draw < 0.4 &&
    seesNothingOf(suite.model, view, 'Nominal', suite.truth.get(a))
  )
    return { a, b: MADE_UP_NOMINAL_ID, madeUp: true };
  let b = random.pick(suite.poolIds);
  while (b === a) b = random.pick(suite.poolIds);
  return { a, b, madeUp: false };
}
