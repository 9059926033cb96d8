import { type CallerView } from './callerView';
import { type Swap } from './swapIdentifiers';

/**
 * One generated case: the same operation asked by one caller about two sides
 * (two nominals, or an identifier that exists and one that does not) which
 * differ only in what the caller may not see. After `swaps` the two answers
 * must be byte for byte the same.
 */
export interface NoLeakCase {
  kind: string;
  view: CallerView;
  query: string;
  sideA: Record<string, unknown>;
  sideB: Record<string, unknown>;
  swaps: readonly Swap[];
  /** True when the two sides' hidden data differs in what the operation asks. */
  hiddenDifference: boolean;
}
