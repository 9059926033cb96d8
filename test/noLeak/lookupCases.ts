import { type Random } from '@marsoc/platform';
import { type CallerView } from './callerView';
import {
  IDENTIFIER_KEYS,
  type IdentifierKey,
  makeUpIdentifier,
  maySeeIdentifier,
  readIdentifier,
} from './identifierKeys';
import { type NoLeakCase } from './NoLeakCase';
import { type NoLeakSuite } from './noLeakSuite';
import { selectForPair } from './nominalCases';
import { pickPair } from './pickPair';
import { printOperation } from './printOperation';
import { generateSelection } from './selectionTree';
import { type Swap } from './swapIdentifiers';

/** Every identifier of `key` the pool holds, so a made-up one is made up. */
export function heldIdentifiers(
  suite: NoLeakSuite,
  key: IdentifierKey,
): Set<string> {
  const held = new Set<string>();
  for (const truth of suite.truth.values()) {
    const value = readIdentifier(truth, key);
    if (value) held.add(value);
  }
  return held;
}

/** Two pool nominals that both hold `key`, drawn like any other pair. */
function pickHolders(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
  key: IdentifierKey,
): { a: string; b: string } {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const { a, b, madeUp } = pickPair(suite, random, view);
    if (madeUp) continue;
    if (
      readIdentifier(suite.truth.get(a), key) &&
      readIdentifier(suite.truth.get(b), key)
    )
      return { a, b };
  }
  throw new Error(`no two pool nominals hold a ${key.name}`);
}

/**
 * A root lookup by an agency identifier. A caller the register gives that
 * identifier in full must get the two nominals' answers alike after swapping
 * ids and identifiers (the selection cut to what they share); any other caller
 * must get for a held identifier exactly what a made-up one gets.
 */
export function generateLookupCase(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): NoLeakCase {
  const key = random.pick(IDENTIFIER_KEYS.filter((each) => each.lookup));
  const lookup = key.lookup as NonNullable<IdentifierKey['lookup']>;
  const { a, b } = pickHolders(suite, random, view, key);
  const keyA = readIdentifier(suite.truth.get(a), key) as string;
  const visible = maySeeIdentifier(view, key);
  const keyB = visible
    ? (readIdentifier(suite.truth.get(b), key) as string)
    : makeUpIdentifier(keyA, heldIdentifiers(suite, key));
  const swaps: Swap[] = visible
    ? [
        [a, b],
        [keyA, keyB],
      ]
    : [[keyA, keyB]];
  const chosen = visible
    ? selectForPair(suite, random, view, a, b, swaps)
    : {
        selection: generateSelection(suite.model, random, 'Nominal'),
        hiddenDifference: true,
      };
  const query = printOperation(
    suite.model,
    random,
    {
      field: lookup.field,
      typeName: 'Nominal',
      args: `${lookup.argument}: $key`,
      variables: '$key: String!',
    },
    chosen.selection,
  );
  return {
    kind: visible
      ? `${lookup.field} (visible)`
      : `${lookup.field} (held vs made-up)`,
    view,
    query,
    sideA: { key: keyA },
    sideB: { key: keyB },
    swaps,
    hiddenDifference: chosen.hiddenDifference,
  };
}
