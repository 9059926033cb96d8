import {
  type Decision,
  type DecisionTable,
  type DisclosureGrant,
  type DisclosureLevel,
  type FieldMarking,
  rankDisclosure,
} from '@marsoc/schema';
import { type DisclosureRecorder } from './DisclosureRecorder';
import { type MarkedField } from './markedFields';

/**
 * The answer to the one question every root lookup asks before it reads
 * anything: may this caller learn that the owner holds what the governing
 * field describes (and so who a reference or an id belongs to)?
 */
export interface LookupDecision {
  /** The governing field's marking: whose data, of which category. */
  marking: FieldMarking;
  /** The caller's decision for the governing field, from the precomputed table. */
  decision: Decision;
  /** True when the decision is at least the level the lookup requires. */
  reveals: boolean;
  /**
   * True when a case-specific grant for the nominal found could raise the
   * decision: the lookup must read, then judge that nominal's grants.
   */
  grantable: boolean;
}

/**
 * The per-request half of enforcement: the caller's precomputed decision table,
 * the recorder of what was shown, and the owner's case-specific grants. Built
 * fresh for every request, never shared between callers.
 */
export interface RequestEnforcement {
  table: DecisionTable;
  /**
   * The caller's field decision for a schema coordinate (`Type.field`), for
   * resolvers whose answer itself would reveal a marked field. An unknown
   * coordinate is a deny.
   */
  decisionFor(coordinate: string): Decision;
  /**
   * Whether this caller may learn that the owner holds what the marked field
   * `governedBy` describes, at `least` (EXISTENCE unless said: the lowest level
   * that admits something is held). Asked before any repository is read, so a
   * caller it refuses gets the same answer for a real key as for a made-up one.
   * A coordinate that is not a marked field of this schema stops the request:
   * a lookup nobody can judge must never answer.
   */
  decideLookup(governedBy: string, least?: DisclosureLevel): LookupDecision;
  /** Every marked field of this schema by coordinate, for a root field governed by them all. */
  markedCoordinates: readonly string[];
  recorder: DisclosureRecorder;
  /** Case-specific disclosure grants recorded for a nominal (batched per request). */
  grantsFor(nominalId: string): Promise<readonly DisclosureGrant[]>;
  /** The request's clock reading, so one request judges every grant at one instant. */
  now: string;
}

/** Any context that carries enforcement; the wrapped resolvers need only this. */
export interface EnforcedContext {
  enforcement: RequestEnforcement;
}

/** Turns a field's value into its sanitised SUMMARY form (e.g. a date to a year). */
export type Summariser = (value: unknown) => unknown;

/** Summarisers by schema coordinate (`Type.field`). */
export type Summarisers = Readonly<Record<string, Summariser>>;

export interface RequestEnforcementParts {
  table: DecisionTable;
  /** The schema's marked fields by coordinate; their indices are the table's. */
  markedFields: ReadonlyMap<string, MarkedField>;
  recorder: DisclosureRecorder;
  grantsFor(nominalId: string): Promise<readonly DisclosureGrant[]>;
  now: string;
}

const UNKNOWN_COORDINATE: Decision = {
  level: 'WITHHELD',
  reason: 'EVALUATION_ERROR',
  rules: [],
  obligations: [],
  grantable: false,
};

/** One request's enforcement, answering every question from its decision table. */
export function createRequestEnforcement(
  parts: RequestEnforcementParts,
): RequestEnforcement {
  const { table, markedFields } = parts;
  return {
    table,
    decisionFor(coordinate) {
      const marked = markedFields.get(coordinate);
      return marked === undefined
        ? UNKNOWN_COORDINATE
        : table.field(marked.index);
    },
    decideLookup(governedBy, least = 'EXISTENCE') {
      const marked = markedFields.get(governedBy);
      if (marked === undefined)
        throw new Error(
          `${governedBy} is not a marked field; a lookup it governs cannot be judged`,
        );
      const decision = table.field(marked.index);
      const reveals = rankDisclosure(decision.level) >= rankDisclosure(least);
      return {
        marking: marked.marking,
        decision,
        reveals,
        grantable: decision.grantable,
      };
    },
    markedCoordinates: [...markedFields.keys()],
    recorder: parts.recorder,
    grantsFor: parts.grantsFor,
    now: parts.now,
  };
}
