/**
 * Every error code a client of this system can see (in `extensions.code`, or
 * in `code` of a route outside GraphQL), with what it means. Codes outside
 * this list (and Apollo's own request-level codes) are masked as
 * INTERNAL_SERVER_ERROR at the edge (platform formatError).
 */
export enum ErrorCode {
  /** No, or an invalid, bearer token or caller context. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The operation touches a nominal but no valid purpose and justification came with it. */
  PURPOSE_REQUIRED = 'PURPOSE_REQUIRED',
  /** The caller is authenticated but may not perform this operation. */
  FORBIDDEN = 'FORBIDDEN',
  /** The owner holds or may hold this, and the register does not release it to this caller. */
  WITHHELD = 'WITHHELD',
  /** An argument or input failed validation; nothing was changed. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** A state transition that the workflow does not allow; nothing was changed. */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** The request exceeded a limit (size, depth, rate); nothing was done. */
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  /**
   * A caller's allowance of an operation per window (searches a minute) is
   * spent; nothing was done. HTTP 429, `Retry-After` and `extensions.retryAfter`
   * say how many seconds until the window ends, `extensions.limit` which limit.
   */
  RATE_LIMITED = 'RATE_LIMITED',
  /**
   * The answer would open more distinct nominals this hour than the caller's
   * role allows (the anti-fishing limit); nothing was released. HTTP 429 with
   * `Retry-After`, as RATE_LIMITED; re-opening a nominal already counted is free.
   */
  BREADTH_LIMITED = 'BREADTH_LIMITED',
  /** The per-caller limits could not be checked (their store is down), so nothing was done; try again shortly. */
  LIMITS_UNAVAILABLE = 'LIMITS_UNAVAILABLE',
  /** The identity provider's keys could not be fetched; try again shortly. */
  IDENTITY_PROVIDER_UNAVAILABLE = 'IDENTITY_PROVIDER_UNAVAILABLE',
  /** An agency subgraph did not answer; the rest of the picture is still returned. */
  UPSTREAM_UNAVAILABLE = 'UPSTREAM_UNAVAILABLE',
  /** The access audit could not be written, so no data is returned. */
  AUDIT_UNAVAILABLE = 'AUDIT_UNAVAILABLE',
  /**
   * Nothing by that name was released to the caller: an unknown one and one its
   * owner neither confirms nor denies are the same answer. Only routes outside
   * GraphQL use it (the profile export); in GraphQL not-found is null.
   */
  NOT_FOUND = 'NOT_FOUND',
  /** Something unexpected failed; details are in the service log, not here. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * The per-caller limits a RATE_LIMITED or BREADTH_LIMITED error names in
 * `extensions.limit`, and an audit record of the refusal in `limit`.
 */
/**
 * The codes of a per-caller limit's refusal, answered 429 with `Retry-After`
 * (the error's `extensions.retryAfter`, in seconds) wherever they surface.
 */
export const PER_CALLER_LIMIT_CODES: ReadonlySet<string> = new Set([
  ErrorCode.RATE_LIMITED,
  ErrorCode.BREADTH_LIMITED,
]);

export const REFUSING_LIMITS = ['SEARCH_RATE', 'NOMINAL_BREADTH'] as const;
export type RefusingLimit = (typeof REFUSING_LIMITS)[number];
