import { type Agency, type DisclosureLevel } from '@marsoc/schema';
import { type DisclosureRequestRules } from '@marsoc/schema/register';
import { type DisclosureGrantService, type GrantRequest } from '../grants';
import {
  type DisclosureDecisionInput,
  type DisclosureRequestInput,
  type DisclosureRequestRecord,
} from './DisclosureRequestRecord';
import { type OwnerDisclosureStore } from './OwnerDisclosureStore';
import { type RequestFigures } from './computeRequestFigures';
import { type RequestDecisions } from './readRequestDecisions';

/**
 * What one owner-serving subgraph wires in. Another owner is served by giving
 * its own store, grant desk, owners and held-categories read: the rest is the
 * register's (deadlines, legal bases, forbidden levels).
 */
export interface DisclosureRequestServiceOptions {
  /** The owner's desk store: requests, grants and holdings, and transactions over them. */
  store: OwnerDisclosureStore;
  /**
   * The owners' grant desk over a desk store: an approval records its grant
   * through the one over its own transaction, beside its decision.
   */
  grantsOver(store: OwnerDisclosureStore): DisclosureGrantService;
  /** The agencies whose data this service holds. */
  owners: readonly Agency[];
  rules: DisclosureRequestRules;
  /** The register's levels `owner` never releases at (HMRC: SUMMARY). */
  forbiddenLevels(owner: Agency): readonly DisclosureLevel[];
  /** Request ids; random unless a test fixes them. */
  createId?: () => string;
}

/**
 * Who asks and why, the request's clock reading (the enforcement's `now`) and
 * the caller's decisions from the request's own table.
 */
export interface DisclosureRequestCall extends GrantRequest {
  decisions: RequestDecisions;
}

/** A listing: the caller's own requests and, for an owner's disclosure officer, its queue. */
export interface RequestListing {
  status?: unknown;
  owner?: unknown;
  limit?: unknown;
}

/** Which owner, period (yyyy-mm-dd, both days included) and optionally region to count. */
export interface FigureQuestion {
  owner?: unknown;
  from?: unknown;
  to?: unknown;
  region?: unknown;
}

/** The owner's side of disclosure requests (seed 000 E629 "Dare to Share", E814). */
export interface DisclosureRequestService {
  /** Raises a request, or returns the one this requester raised with the same client request id. */
  raise(
    input: DisclosureRequestInput,
    call: DisclosureRequestCall,
  ): Promise<DisclosureRequestRecord>;
  /** Each request as of the caller's clock; writes nothing. */
  list(
    listing: RequestListing,
    call: DisclosureRequestCall,
  ): Promise<DisclosureRequestRecord[]>;

  /** Approves (recording the grant in the same transaction), approves in part, or declines. */
  decide(
    input: DisclosureDecisionInput,
    call: DisclosureRequestCall,
  ): Promise<DisclosureRequestRecord>;
  withdraw(
    id: unknown,
    call: DisclosureRequestCall,
  ): Promise<DisclosureRequestRecord>;
  reopen(
    input: { id?: unknown; justification?: unknown },
    call: DisclosureRequestCall,
  ): Promise<DisclosureRequestRecord>;
  /** Throws BAD_USER_INPUT for a malformed question; checks nothing of the caller (the fields' markings do). */
  assertFigureQuestion(question: FigureQuestion): void;
  /** Counts for a question assertFigureQuestion accepted, as of `now`; writes nothing. */
  figures(question: FigureQuestion, now: string): Promise<RequestFigures>;
  /** Notes that these grants released something in a response at `now`. */
  noteGrantsUsed(grantIds: readonly string[], now: string): Promise<void>;
}
