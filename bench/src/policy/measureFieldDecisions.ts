import {
  type Caller,
  type Decision,
  type DecisionTable,
  type FieldMarking,
  type PolicyEngine,
  type RequestPurpose,
} from '@marsoc/schema';
import { type SubgraphMarkings } from './collectSubgraphMarkings';

/** What the policy engine costs per field and per request, in nanoseconds. */
export interface FieldDecisionCost {
  markedFields: number;
  /** `table.field(i)` after precompute: the per-resolved-field cost. */
  fieldDecisionNs: number;
  /** The same loop over a plain array, for scale: the loop's own cost. */
  plainArrayReadNs: number;
  /** `precompute` for one subgraph's markings when the memo knows the caller (every request after the first). */
  precomputeNs: number;
  /** The four subgraphs' `precompute` together: the engine's fixed cost per picture. */
  precomputePerPictureNs: number;
  /** `precompute` when the memo does not know the caller (first request of a kind of caller). */
  precomputeColdNs: number;
  /** One decision from scratch (`decide`), as explain and what-if use it. */
  decideNs: number;
}

// Results go here so that the optimiser cannot drop the loops.
let checksum = 0;

export function measureFieldDecisions(
  engine: PolicyEngine,
  caller: Caller,
  purpose: RequestPurpose,
  subgraphs: readonly SubgraphMarkings[],
  calls: number,
): FieldDecisionCost {
  const largest = subgraphs.reduce((best, entry) =>
    entry.markings.length > best.markings.length ? entry : best,
  );
  const table = engine.precompute(caller, purpose, largest.markings);
  const decisions = largest.markings.map((_, index) => table.field(index));
  return {
    markedFields: subgraphs.reduce(
      (sum, entry) => sum + entry.markings.length,
      0,
    ),
    fieldDecisionNs: afterWarmUp(calls, (count) =>
      timeTableReads(table, largest.markings.length, count),
    ),
    plainArrayReadNs: afterWarmUp(calls, (count) =>
      timeArrayReads(decisions, count),
    ),
    ...measurePrecompute(
      engine,
      caller,
      purpose,
      subgraphs,
      largest.markings,
      calls,
    ),
  };
}

function measurePrecompute(
  engine: PolicyEngine,
  caller: Caller,
  purpose: RequestPurpose,
  subgraphs: readonly SubgraphMarkings[],
  largest: readonly FieldMarking[],
  calls: number,
): Pick<
  FieldDecisionCost,
  'precomputeNs' | 'precomputePerPictureNs' | 'precomputeColdNs' | 'decideNs'
> {
  const hits = Math.max(1000, Math.floor(calls / 100));
  const misses = Math.max(100, Math.floor(calls / 10_000));
  const all = subgraphs.flatMap((entry) => entry.markings);
  return {
    precomputeNs: afterWarmUp(hits, (count) =>
      timePrecompute(engine, caller, purpose, largest, count, false),
    ),
    precomputePerPictureNs: subgraphs.reduce(
      (sum, entry) =>
        sum +
        afterWarmUp(hits, (count) =>
          timePrecompute(engine, caller, purpose, entry.markings, count, false),
        ),
      0,
    ),
    precomputeColdNs: afterWarmUp(misses, (count) =>
      timePrecompute(engine, caller, purpose, largest, count, true),
    ),
    decideNs: afterWarmUp(hits, (count) =>
      timeDecide(engine, caller, purpose, all, count),
    ),
  };
}

/** Runs a tenth of the calls first so that the JIT has settled before the timed run. */
function afterWarmUp(
  calls: number,
  measure: (count: number) => number,
): number {
  measure(Math.max(1, Math.floor(calls / 10)));
  return measure(calls);
}

function timeTableReads(
  table: DecisionTable,
  size: number,
  calls: number,
): number {
  const rounds = Math.max(1, Math.ceil(calls / size));
  let sum = 0;
  const start = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) {
    for (let index = 0; index < size; index += 1)
      sum += table.field(index).rules.length;
  }
  const elapsed = process.hrtime.bigint() - start;
  checksum += sum;
  return Number(elapsed) / (rounds * size);
}

function timeArrayReads(decisions: readonly Decision[], calls: number): number {
  const size = decisions.length;
  const rounds = Math.max(1, Math.ceil(calls / size));
  let sum = 0;
  const start = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) {
    for (let index = 0; index < size; index += 1)
      sum += decisions[index]?.rules.length ?? 0;
  }
  const elapsed = process.hrtime.bigint() - start;
  checksum += sum;
  return Number(elapsed) / (rounds * size);
}

function timePrecompute(
  engine: PolicyEngine,
  caller: Caller,
  purpose: RequestPurpose,
  markings: readonly FieldMarking[],
  calls: number,
  cold: boolean,
): number {
  // An unfrozen copy is not memoised: every call decides every field again.
  const lists = cold
    ? Array.from({ length: calls }, () => [...markings])
    : undefined;
  const start = process.hrtime.bigint();
  for (let call = 0; call < calls; call += 1) {
    checksum += engine
      .precompute(caller, purpose, lists?.[call] ?? markings)
      .field(0).rules.length;
  }
  return Number(process.hrtime.bigint() - start) / calls;
}

function timeDecide(
  engine: PolicyEngine,
  caller: Caller,
  purpose: RequestPurpose,
  markings: readonly FieldMarking[],
  calls: number,
): number {
  const start = process.hrtime.bigint();
  for (let call = 0; call < calls; call += 1) {
    const marking = markings[call % markings.length];
    if (marking)
      checksum += engine.decide(caller, purpose, marking).rules.length;
  }
  return Number(process.hrtime.bigint() - start) / calls;
}

/** Read once at the end so that the loops' results are used. */
export function readChecksum(): number {
  return checksum;
}
