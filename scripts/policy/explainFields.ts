import {
  type Caller,
  type Decision,
  type DecisionTable,
  type FieldMarking,
  type PolicyEngine,
  type RequestPurpose,
} from '@marsoc/schema';
import { type SupergraphMarking } from '@marsoc/schema/supergraph-markings';

/** One field's decision for the explained caller. */
export interface FieldExplanation {
  coordinate: string;
  marking: FieldMarking;
  decision: Decision;
}

export interface FieldDecisions {
  /** Sorted by owner, category, then coordinate. */
  fields: FieldExplanation[];
  /** The table the fields came from, for record-level questions (grants). */
  table: DecisionTable;
}

/**
 * Precomputes the caller's decision table exactly as a subgraph does for a
 * request, over every marked field of the supergraph, then orders it for a
 * person to read.
 */
export function explainFields(
  engine: PolicyEngine,
  caller: Caller,
  purpose: RequestPurpose,
  markings: readonly SupergraphMarking[],
): FieldDecisions {
  const table = engine.precompute(
    caller,
    purpose,
    markings.map((found) => found.marking),
  );
  const fields = markings.map((found, index) => ({
    coordinate: found.coordinate,
    marking: found.marking,
    decision: table.field(index),
  }));
  return { fields: fields.sort(compareFields), table };
}

function compareFields(a: FieldExplanation, b: FieldExplanation): number {
  return (
    compareText(a.marking.owner, b.marking.owner) ||
    compareText(a.marking.category, b.marking.category) ||
    compareText(a.coordinate, b.coordinate)
  );
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
