import { type Caller, type RequestPurpose } from '../caller';
import {
  type Agency,
  type Classification,
  type DataCategory,
  type DisclosureLevel,
  type Purpose,
  type ReasonCode,
  type RecordMarking,
  type Region,
} from '../vocabulary';

/** The `@marking` a field carries in its subgraph's schema. */
export interface FieldMarking {
  owner: Agency;
  category: DataCategory;
  classification: Classification;
}

/** Something the enforcer must do when it releases a value. */
export type Obligation =
  | { kind: 'SANITISE_SOURCE' }
  | { kind: 'NO_ONWARD_DISSEMINATION' }
  | { kind: 'CONTACT_OWNER_BEFORE_ACTION'; owner: Agency };

/** One decision, with everything needed to explain and audit it. */
export interface Decision {
  level: DisclosureLevel;
  reason: ReasonCode;
  /** Ids of the register rules that determined the level. */
  rules: readonly string[];
  obligations: readonly Obligation[];
  /** How to ask the owner for more; set on EXISTENCE and WITHHELD. */
  route?: string;
  /**
   * True when a case-specific disclosure grant for the nominal could raise this
   * decision to FULL (the only thing keeping it lower is the lack of a signed
   * agreement). The enforcer looks up grants only for such decisions.
   */
  grantable: boolean;
}

/** A case-specific disclosure ("Dare to Share", seed 000) recorded by the owner. */
export interface DisclosureGrant {
  id: string;
  owner: Agency;
  nominalId: string;
  category: DataCategory;
  recipient: Agency;
  purpose: Purpose;
  legalBasis: string;
  grantedBy: string;
  grantedAt: string;
  expiresAt: string;
  revokedAt?: string | null;
  /**
   * The recipient agency's regions the grant reaches: a caller must belong to at
   * least one. Absent or null only on grants recorded before grants were scoped,
   * which keep the national reach they were recorded with; an empty list reaches
   * nobody.
   */
  regions?: readonly Region[] | null;
  /**
   * The recipient's units the grant reaches (the caller's unit exactly as their
   * token names it), within those regions. Absent or null: every unit there.
   */
  units?: readonly string[] | null;
  /**
   * How far the grant raises a decision: FULL, or SUMMARY for a partial
   * disclosure (each field's sanitised form; an owner that never releases at
   * SUMMARY falls to EXISTENCE). Absent or null on grants recorded before
   * levels existed: FULL. Any other value applies to nobody.
   */
  level?: GrantLevel | null;
}

/** The levels a case-specific grant can raise a decision to. */
export type GrantLevel = 'FULL' | 'SUMMARY';

/** The inputs of a per-record decision. */
export interface RecordQuestion {
  field: Decision;
  marking: FieldMarking;
  record?: RecordMarking;
  /** Grants recorded for this record's nominal (any category; the engine filters). */
  grants?: readonly DisclosureGrant[];
  /** ISO-8601 instant used to judge grant expiry. */
  now: string;
}

/**
 * Decisions for one caller and purpose, precomputed for a fixed list of field
 * markings so that the per-field cost at resolve time is an array read.
 */
export interface DecisionTable {
  readonly caller: Caller;
  readonly purpose: RequestPurpose;
  /** The decision for the marking at `index` in the list given to `precompute`. */
  field(index: number): Decision;
  /** Applies record-dependent checks on top of a field decision. */
  record(question: RecordQuestion): Decision;
}

/** The policy engine: pure, deterministic, no I/O. */
export interface PolicyEngine {
  /** Content hash of the register the engine was built from. */
  readonly registerVersion: string;
  precompute(
    caller: Caller,
    purpose: RequestPurpose,
    markings: readonly FieldMarking[],
  ): DecisionTable;
  /** One decision, computed from scratch (for explain, what-if and tests). */
  decide(
    caller: Caller,
    purpose: RequestPurpose,
    marking: FieldMarking,
  ): Decision;
}
