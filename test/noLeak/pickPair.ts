import { type Random } from '@marsoc/platform';
import { type CallerView, isNominatedIn } from './callerView';
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
  // For a caller some nominals open to per record, the suite's field-level view
  // holds only for the nominals the condition leaves closed: draw from those.
  const closed = (id: string) => !isOpenedByRegion(suite, view, id);
  if (draw < 0.2) {
    const [a, b] = random.pick(DESIGNED_PAIRS);
    if (closed(a) && closed(b)) return { a, b, madeUp: false };
  }
  const pool = suite.poolIds.filter(closed);
  const a = random.pick(pool);
  if (
    draw < 0.4 &&
    seesNothingOf(suite.model, view, 'Nominal', suite.truth.get(a))
  )
    return { a, b: MADE_UP_NOMINAL_ID, madeUp: true };
  let b = random.pick(pool);
  while (b === a) b = random.pick(pool);
  return { a, b, madeUp: false };
}

/** Whether the regional condition opens pool nominal `id` to the caller. */
export function isOpenedByRegion(
  suite: NoLeakSuite,
  view: CallerView,
  id: string,
): boolean {
  return isNominatedIn(suite.truth.get(id), view);
}
