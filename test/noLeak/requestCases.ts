import { type Random } from '@marsoc/platform';
import { RAISE } from '../helpers/disclosureRequestOperations';
import { type CallerView } from './callerView';
import { type NoLeakCase } from './NoLeakCase';
import { type NoLeakSuite } from './noLeakSuite';
import { type Truth } from './ownerTruth';
import { MADE_UP_NOMINAL_ID, pickPair } from './pickPair';

/** What the NCA holds of a nominal, as its own view says. */
function ncaOf(truth: Truth | undefined): Truth | null | undefined {
  return truth?.nca as Truth | null | undefined;
}

/** The answer a raise must give alike for both sides, with the category it asks. */
interface RequestSides {
  category: string;
  a: string;
  b: string;
  hiddenDifference: boolean;
}

/**
 * A covert-interest request for a caller who is told nothing of it (NCND): any
 * two nominals, or one and a made-up id, whatever the NCA holds.
 */
function pickCovertSides(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): RequestSides | undefined {
  if (view.level('NcaRecord.covertInterest') !== 'NCND') return undefined;
  const { a, b } = pickPair(suite, random, view);
  const covert = (id: string) =>
    Boolean(ncaOf(suite.truth.get(id))?.covertInterest);
  return {
    category: 'NCA_COVERT_INTEREST',
    a,
    b,
    hiddenDifference: covert(a) !== covert(b),
  };
}

/**
 * An NCA-interest request, by a caller shown it as held, for a nominal the NCA
 * does not hold against a made-up id: the refusal must not tell them apart.
 */
function pickAbsentSides(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): RequestSides | undefined {
  if (view.level('Nominal.nca') !== 'EXISTENCE') return undefined;
  const absent = suite.poolIds.filter(
    (id) => ncaOf(suite.truth.get(id)) === null,
  );
  if (absent.length === 0) return undefined;
  return {
    category: 'NCA_INTEREST',
    a: random.pick(absent),
    b: MADE_UP_NOMINAL_ID,
    hiddenDifference: false,
  };
}

/**
 * A disclosure request the caller must not be able to tell the sides of
 * (docs/policy-model.md#disclosure-requests): for an NCND category, or for
 * what the owner does not hold. Every such raise is refused and stores
 * nothing, so one retry key serves them all; a raise that were taken would
 * make the next case's sides differ, and fail.
 */
export function generateRequestCase(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): NoLeakCase | undefined {
  const sides = random.chance(0.7)
    ? pickCovertSides(suite, random, view)
    : pickAbsentSides(suite, random, view);
  if (!sides) return undefined;
  const input = (nominalId: string) => ({
    input: {
      owner: 'NCA',
      category: sides.category,
      nominalId,
      urgency: 'ROUTINE',
      clientRequestId: 'no-leak-request',
    },
  });
  return {
    kind: `requestDisclosure ${sides.category}`,
    view,
    query: RAISE,
    sideA: input(sides.a),
    sideB: input(sides.b),
    swaps: [[sides.a, sides.b]],
    hiddenDifference: sides.hiddenDifference,
  };
}
