import { ErrorCode } from '@marsoc/platform';
import { PER_CALLER_LIMIT_CODES } from '@marsoc/schema/wire';

/** An answer's error as far as a limit refusal is concerned. */
export interface LimitErrorLike {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** What a per-caller limit did to an answer, read from its errors. */
export type LimitRefusal =
  | {
      readonly kind: 'LIMITED';
      /** RATE_LIMITED or BREADTH_LIMITED. */
      readonly code: string;
      readonly message: string;
      /** The longest wait any refusal in the answer names, in seconds. */
      readonly retryAfterSeconds: number;
    }
  | { readonly kind: 'UNAVAILABLE' };

/**
 * The refusal a per-caller limit (APMIS's search rate, the gateway's breadth
 * of nominals opened this hour) put in an answer, whichever service refused:
 * the one with the longest wait, since the caller must wait for all of them;
 * or that the limits could not be checked. Read the same way by the GraphQL
 * endpoint (429 and Retry-After, or 503) and by the document routes.
 */
export function readLimitRefusal(
  errors: readonly LimitErrorLike[],
): LimitRefusal | undefined {
  let longest: Extract<LimitRefusal, { kind: 'LIMITED' }> | undefined;
  for (const error of errors) {
    const code = error.extensions?.code;
    const retryAfter = error.extensions?.retryAfter;
    if (
      typeof code === 'string' &&
      PER_CALLER_LIMIT_CODES.has(code) &&
      typeof retryAfter === 'number' &&
      (longest === undefined || retryAfter > longest.retryAfterSeconds)
    )
      longest = {
        kind: 'LIMITED',
        code,
        message: error.message,
        retryAfterSeconds: retryAfter,
      };
  }
  if (longest) return longest;
  return errors.some(
    (error) => error.extensions?.code === ErrorCode.LIMITS_UNAVAILABLE,
  )
    ? { kind: 'UNAVAILABLE' }
    : undefined;
}
