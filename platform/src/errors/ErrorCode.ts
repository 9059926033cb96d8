/**
 * Every error code a client of this system can see, with what it means. Codes
 * outside this list (and Apollo's own request-level codes) are masked as
 * INTERNAL_SERVER_ERROR at the edge.
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
  /** The identity provider's keys could not be fetched; try again shortly. */
  IDENTITY_PROVIDER_UNAVAILABLE = 'IDENTITY_PROVIDER_UNAVAILABLE',
  /** An agency subgraph did not answer; the rest of the picture is still returned. */
  UPSTREAM_UNAVAILABLE = 'UPSTREAM_UNAVAILABLE',
  /** The access audit could not be written, so no data is returned. */
  AUDIT_UNAVAILABLE = 'AUDIT_UNAVAILABLE',
  /** Something unexpected failed; details are in the service log, not here. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set(
  Object.values(ErrorCode),
);
