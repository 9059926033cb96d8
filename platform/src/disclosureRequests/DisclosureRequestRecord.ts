import {
  type Agency,
  createEnumeration,
  type DataCategory,
  type DisclosureUrgency,
  type GrantLevel,
  type Purpose,
  type Region,
} from '@marsoc/schema';

/**
 * Where a request stands. PENDING until the owner decides (APPROVED,
 * PARTIALLY_APPROVED or DECLINED), the requester withdraws it, or its deadline
 * passes (EXPIRED); a DECLINED or EXPIRED request may be re-opened, back to
 * PENDING. The others are final.
 */
export const DisclosureRequestStatus = createEnumeration(
  'DisclosureRequestStatus',
  [
    'PENDING',
    'APPROVED',
    'PARTIALLY_APPROVED',
    'DECLINED',
    'WITHDRAWN',
    'EXPIRED',
  ] as const,
);
export type DisclosureRequestStatus =
  (typeof DisclosureRequestStatus.values)[number];

/** An owner's answer: in full, in part (a grant at SUMMARY), or no. */
export const DisclosureDecision = createEnumeration('DisclosureDecision', [
  'APPROVE',
  'PARTIAL',
  'DECLINE',
] as const);
export type DisclosureDecision = (typeof DisclosureDecision.values)[number];

/** A request for a case-specific disclosure as the owner's store keeps it. */
export interface DisclosureRequestRecord {
  id: string;
  owner: Agency;
  nominalId: string;
  category: DataCategory;
  /** The requester's declared purpose when they raised it; any grant is for it alone. */
  purpose: Purpose;
  /** The request's own justification (a re-opening replaces it). */
  justification: string;
  urgency: DisclosureUrgency;
  /** Why it cannot wait; null for ROUTINE. */
  urgencyReason: string | null;
  /** Where in the requester's agency a grant would reach by default. */
  forRegion: Region;
  forUnit: string;
  requestedBy: string;
  requesterAgency: Agency;
  /** The requester's idempotency key: one request per (requester, key). */
  clientRequestId: string;
  status: DisclosureRequestStatus;
  raisedAt: string;
  /** When it last became PENDING: raised, or re-opened. */
  pendingSince: string;
  /** The owner's deadline; an undecided request expires then. */
  respondBy: string;
  /** When and by whom it left PENDING (null by: it expired). */
  closedAt: string | null;
  closedBy: string | null;
  /** The legal basis id an approval named (disclosureRequests.yaml). */
  legalBasis: string | null;
  /** A decline's reason, or a note with an approval: the requester reads it. */
  reason: string | null;
  grantId: string | null;
  grantLevel: GrantLevel | null;
  grantExpiresAt: string | null;
  grantRegions: readonly Region[] | null;
  grantUnits: readonly string[] | null;
}

/** What a requester submits. Every field is `unknown` until validated. */
export interface DisclosureRequestInput {
  owner?: unknown;
  nominalId?: unknown;
  category?: unknown;
  urgency?: unknown;
  urgencyReason?: unknown;
  /** Optional: the declared purpose's justification when omitted. */
  justification?: unknown;
  forRegion?: unknown;
  forUnit?: unknown;
  clientRequestId?: unknown;
}

/** What a disclosure officer submits to decide a request. */
export interface DisclosureDecisionInput {
  id?: unknown;
  decision?: unknown;
  /** APPROVE and PARTIAL: an id from the owner's closed list. */
  legalBasis?: unknown;
  /** APPROVE and PARTIAL: when the grant ends. */
  expiresAt?: unknown;
  /** DECLINE: required, and the requester reads it; otherwise an optional note. */
  reason?: unknown;
  /** Widens the grant past the request's region. */
  regions?: unknown;
  /** Widens the grant past the request's unit. */
  units?: unknown;
  /** True: every unit in the regions. */
  allUnits?: unknown;
}

/**
 * Why something about a request was refused. CALLER: the caller may not do it
 * at all (FORBIDDEN). INPUT: something submitted is wrong (BAD_USER_INPUT).
 * STATE: the request is not in a state that allows it (INVALID_TRANSITION).
 */
export interface RequestProblem {
  kind: 'CALLER' | 'INPUT' | 'STATE';
  message: string;
}
