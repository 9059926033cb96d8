import { type Random } from '@marsoc/platform';
import { type CallerView } from './callerView';
import { type NoLeakCase } from './NoLeakCase';
import { type NoLeakSuite } from './noLeakSuite';
import { MADE_UP_NOMINAL_ID, pickPair } from './pickPair';
import { printOperation, type RootCall } from './printOperation';
import { type PairTruth, prunePair } from './prunePair';
import { generateSelection } from './selectionTree';
import { type Swap } from './swapIdentifiers';

/** A random selection over Nominal, cut to what the pair may differ in. */
export function selectForPair(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
  a: string,
  b: string,
  swaps: readonly Swap[],
) {
  const pair: PairTruth = {
    truthOf: (id) => suite.truth.get(id),
    swaps,
    hiddenDifferences: 0,
  };
  const selection = prunePair(
    suite.model,
    view,
    pair,
    'Nominal',
    generateSelection(suite.model, random, 'Nominal'),
    suite.truth.get(a),
    b === MADE_UP_NOMINAL_ID ? null : suite.truth.get(b),
  );
  return { selection, hiddenDifference: pair.hiddenDifferences > 0 };
}

/** `nominal(id:)` with a generated selection over the whole record. */
export function generateNominalCase(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): NoLeakCase {
  const { a, b } = pickPair(suite, random, view);
  const swaps: Swap[] = [[a, b]];
  const { selection, hiddenDifference } = selectForPair(
    suite,
    random,
    view,
    a,
    b,
    swaps,
  );
  const root: RootCall = {
    field: 'nominal',
    typeName: 'Nominal',
    args: 'id: $id',
    variables: '$id: ID!',
  };
  return {
    kind: 'nominal(id:)',
    view,
    query: printOperation(suite.model, random, root, selection),
    sideA: { id: a },
    sideB: { id: b },
    swaps,
    hiddenDifference,
  };
}

/**
 * `nominals(ids:)` with the pair at one position among the same companions,
 * chosen outside the pair's id range so that no ordering by id can differ,
 * and naming neither side.
 */
export function generateNominalsCase(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): NoLeakCase {
  const { a, b } = pickPair(suite, random, view);
  const [low, high] = a < b ? [a, b] : [b, a];
  // A companion that names either side (as an associate, say) would show that
  // side's id in both answers, where swapping the pair cannot match it.
  const namesPair = (id: string) => {
    const truth = JSON.stringify(suite.truth.get(id) ?? {});
    return truth.includes(`"${a}"`) || truth.includes(`"${b}"`);
  };
  const companions = random
    .shuffle(
      suite.poolIds.filter((id) => (id < low || id > high) && !namesPair(id)),
    )
    .slice(0, random.integer(1, 3));
  if (random.chance(0.3)) companions.push('NOM-99999');
  const position = random.integer(0, companions.length);
  const idsWith = (id: string) => [
    ...companions.slice(0, position),
    id,
    ...companions.slice(position),
  ];
  const swaps: Swap[] = [[a, b]];
  const { selection, hiddenDifference } = selectForPair(
    suite,
    random,
    view,
    a,
    b,
    swaps,
  );
  const root: RootCall = {
    field: 'nominals',
    typeName: 'Nominal',
    args: 'ids: $ids',
    variables: '$ids: [ID!]!',
  };
  return {
    kind: 'nominals(ids:)',
    view,
    query: printOperation(suite.model, random, root, selection),
    sideA: { ids: idsWith(a) },
    sideB: { ids: idsWith(b) },
    swaps,
    hiddenDifference,
  };
}
