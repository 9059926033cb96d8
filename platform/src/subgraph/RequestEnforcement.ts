import {
  type Decision,
  type DecisionTable,
  type DisclosureGrant,
} from '@marsoc/schema';
import { type DisclosureRecorder } from './DisclosureRecorder';

/**
 * The per-request half of enforcement: the caller's precomputed decision table,
 * the recorder of what was shown, and the owner's case-specific grants. Built
 * fresh for every request, never shared between callers.
 */
export interface RequestEnforcement {
  table: DecisionTable;
  /**
   * The caller's field decision for a schema coordinate (`Type.field`), for
   * resolvers whose answer itself would reveal a marked field (a lookup by an
   * agency reference reveals that the agency holds the nominal). An unknown
   * coordinate is a deny.
   */
  decisionFor(coordinate: string): Decision;
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
