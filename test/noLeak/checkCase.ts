import { type GraphQLFormattedError } from 'graphql';
import { type GatewayResult } from '../helpers/inProcessSupergraph';
import { findLeakedValues } from './hiddenValues';
import { type NoLeakCase } from './NoLeakCase';
import { type Swap, swapIdentifiers } from './swapIdentifiers';

/** What a failed case says: enough to run it again by hand. */
export interface NoLeakFailure {
  kind: string;
  caller: string;
  problem: string;
  sideA: Record<string, unknown>;
  sideB: Record<string, unknown>;
  query: string;
}

/** Where two serialised answers part, with a little context either side. */
function describeDifference(one: string, two: string): string {
  let index = 0;
  while (index < one.length && one[index] === two[index]) index += 1;
  const from = Math.max(0, index - 80);
  return `answers differ at character ${index}:\n  A: …${one.slice(from, index + 160)}\n  B: …${two.slice(from, index + 160)}`;
}

/**
 * The invariant: after swapping the sides' identifiers the two answers are the
 * same bytes (data, errors, extensions, ordering, counts), and neither holds a
 * value the caller may not see.
 */
export function checkCase(
  noLeakCase: NoLeakCase,
  answerA: GatewayResult,
  answerB: GatewayResult,
  hiddenValues: readonly string[],
): NoLeakFailure[] {
  const failures: NoLeakFailure[] = [];
  const fail = (problem: string) =>
    failures.push({
      kind: noLeakCase.kind,
      caller: noLeakCase.view.callerCase.label,
      problem,
      sideA: noLeakCase.sideA,
      sideB: noLeakCase.sideB,
      query: noLeakCase.query,
    });
  const rawA = JSON.stringify(answerA);
  const rawB = JSON.stringify(answerB);
  const reversed = noLeakCase.swaps.map(
    ([first, second]) => [second, first] as const,
  );
  const one = withNominalsInOrder(
    swapIdentifiers(
      JSON.stringify(withErrorsInOrder(answerA)),
      noLeakCase.swaps,
    ),
  );
  const two = withNominalsInOrder(
    swapIdentifiers(JSON.stringify(withErrorsInOrder(answerB)), reversed),
  );
  if (one !== two) fail(describeDifference(one, two));
  // What the caller sent comes back in the search criteria; it is theirs.
  const supplied = JSON.stringify([noLeakCase.sideA, noLeakCase.sideB]);
  const scanned = hiddenValues.filter((value) => !supplied.includes(value));
  for (const [side, raw] of [
    ['A', rawA],
    ['B', rawB],
  ] as const) {
    const leaked = findLeakedValues(raw, scanned);
    if (leaked.length > 0)
      fail(
        `answer ${side} holds values the caller may not see: ${leaked.join(', ')}`,
      );
  }
  return failures;
}

/**
 * The answer with its errors in one canonical order. The gateway lists
 * subgraph errors in the order the subgraphs answered, which changes from one
 * run of the same operation to the next (see errorOrderDiffers); the pair
 * invariant compares the errors themselves, every one, with counts.
 */
function withErrorsInOrder(answer: GatewayResult): GatewayResult {
  if (!answer.errors) return answer;
  const sorted = answer.errors
    .map((error) => JSON.stringify(error))
    .sort()
    .map((error) => JSON.parse(error) as GraphQLFormattedError);
  return { ...answer, errors: sorted };
}

/**
 * The swapped answer with `extensions.disclosure.nominals` sorted again. The
 * gateway lists the nominals in id order, and ids are no secret; but swapping
 * the pair's ids for placeholders moves them in that order, so the list is put
 * back in order of what it now holds.
 */
function withNominalsInOrder(serialised: string): string {
  const answer = JSON.parse(serialised) as GatewayResult;
  const disclosure = answer.extensions?.disclosure as
    { nominals?: { nominalId: string }[] } | undefined;
  disclosure?.nominals?.sort((x, y) => x.nominalId.localeCompare(y.nominalId));
  return JSON.stringify(answer);
}

/** True when the two answers list the same errors in a different order. */
export function errorOrderDiffers(
  noLeakCase: NoLeakCase,
  answerA: GatewayResult,
  answerB: GatewayResult,
): boolean {
  const reversed = noLeakCase.swaps.map(
    ([first, second]) => [second, first] as const,
  );
  const inOrder = (answer: GatewayResult, swaps: readonly Swap[]) =>
    swapIdentifiers(JSON.stringify(answer.errors ?? []), swaps);
  const sorted = (answer: GatewayResult, swaps: readonly Swap[]) =>
    swapIdentifiers(
      JSON.stringify(withErrorsInOrder(answer).errors ?? []),
      swaps,
    );
  return (
    sorted(answerA, noLeakCase.swaps) === sorted(answerB, reversed) &&
    inOrder(answerA, noLeakCase.swaps) !== inOrder(answerB, reversed)
  );
}

/** True when an answer carries an error the server masked as its own fault. */
export function hasInternalError(answer: GatewayResult): boolean {
  return (answer.errors ?? []).some(
    (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
  );
}
