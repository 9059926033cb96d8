import { type Agency, type GrantLevel, type Region } from '@marsoc/schema';
import {
  type DisclosureRequestRecord,
  type DisclosureRequestStatus,
} from './DisclosureRequestRecord';

/** What happened to a request; each state change adds one. */
export type RequestEventKind =
  | 'RAISED'
  | 'APPROVED'
  | 'PARTIALLY_APPROVED'
  | 'DECLINED'
  | 'WITHDRAWN'
  | 'EXPIRED'
  | 'REOPENED';

export interface RequestEvent {
  kind: RequestEventKind;
  at: string;
  /** The caller's subject id; null when the clock acted (an expiry). */
  actor: string | null;
  /** When the request last became PENDING: a decision's time is counted from it. */
  pendingSince: string;
  /** A decline's reason or a re-opening's justification. */
  note: string | null;
}

/** An event with the owner and region its request was raised for, for the figures. */
export interface CountedEvent extends RequestEvent {
  region: Region;
}

/** An event with the request it belongs to, for a request's history. */
export interface RequestHistoryEvent extends RequestEvent {
  requestId: string;
}

/** A request still stored PENDING whose deadline has passed: EXPIRED to every reader. */
export interface OverdueRequest {
  id: string;
  respondBy: string;
  pendingSince: string;
  region: Region;
}

/** Which requests a listing wants. */
export interface RequestFilter {
  /** Judged as of `now`: a PENDING request past its deadline is EXPIRED. */
  status?: DisclosureRequestStatus;
  /** The reader's clock (ISO 8601, UTC). */
  now: string;
  owner?: Agency;
  limit: number;
}

/** A decision as the store applies it, to a request that is still PENDING. */
export interface DecisionChange {
  id: string;
  status: 'APPROVED' | 'PARTIALLY_APPROVED' | 'DECLINED';
  closedAt: string;
  closedBy: string;
  legalBasis: string | null;
  reason: string | null;
  grant: {
    id: string;
    level: GrantLevel;
    expiresAt: string;
    regions: readonly Region[] | null;
    units: readonly string[] | null;
  } | null;
}

/** A re-opening: PENDING again from `at`, with a new deadline and justification. */
export interface Reopening {
  at: string;
  by: string;
  respondBy: string;
  justification: string;
}

/**
 * The owner's store of requests. Every write changes one request from the
 * state the service found it in, or nothing (null): a decision raced by
 * another is never applied twice. Reads know nothing of who may see them.
 * Made on a transaction (OwnerDisclosureStore.transaction), every call runs
 * in it.
 */
export interface DisclosureRequestRepository {
  findRequestById(id: string): Promise<DisclosureRequestRecord | null>;
  findRequestByClientId(
    requestedBy: string,
    clientRequestId: string,
  ): Promise<DisclosureRequestRecord | null>;
  findRequestsByRequester(
    requestedBy: string,
    filter: RequestFilter,
  ): Promise<DisclosureRequestRecord[]>;
  findRequestsByOwner(
    owner: Agency,
    filter: RequestFilter,
  ): Promise<DisclosureRequestRecord[]>;
  /**
   * The requester's request stored PENDING for this owner, nominal and
   * category, if any (one whose deadline has passed included: the caller
   * judges it as of now).
   */
  findPendingRequest(
    requestedBy: string,
    question: Pick<DisclosureRequestRecord, 'owner' | 'nominalId' | 'category'>,
  ): Promise<DisclosureRequestRecord | null>;
  /** Every stored event of these requests, by request then in order. */
  findEventsByRequestIds(
    ids: readonly string[],
  ): Promise<RequestHistoryEvent[]>;
  /** `owner`'s requests stored PENDING whose deadline is at or before `now`. */
  findOverdueRequests(owner: Agency, now: string): Promise<OverdueRequest[]>;
  insertRequest(
    request: DisclosureRequestRecord,
  ): Promise<DisclosureRequestRecord>;
  recordDecision(
    change: DecisionChange,
  ): Promise<DisclosureRequestRecord | null>;
  recordWithdrawal(
    id: string,
    at: string,
    by: string,
  ): Promise<DisclosureRequestRecord | null>;
  recordReopening(
    id: string,
    change: Reopening,
  ): Promise<DisclosureRequestRecord | null>;
  /**
   * Expires every PENDING request whose deadline is at or before `now`, at its
   * deadline. Only writers call it: a read computes the expiry instead.
   */
  expireOverdue(now: string): Promise<number>;
  /** Events of `owner`'s requests with `from` <= at < `to`. */
  findEvents(owner: Agency, from: string, to: string): Promise<CountedEvent[]>;
  /** Grants made from `owner`'s requests used on a day in [fromDay, toDay), by region. */
  countGrantsUsed(
    owner: Agency,
    fromDay: string,
    toDay: string,
  ): Promise<{ region: Region; used: number }[]>;
  /** Notes that these grants released something on `day` (yyyy-mm-dd). */
  noteGrantsUsed(grantIds: readonly string[], day: string): Promise<void>;
}
