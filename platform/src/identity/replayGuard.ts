import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/ErrorCode';

/**
 * Remembers which caller contexts a subgraph has accepted, so that each is
 * accepted once: a context captured in flight or from a log is worth nothing.
 */
export interface ReplayGuard {
  /**
   * Records `id` as used until `expiresAt` (ms since the epoch). Resolves true
   * the first time and false for every later attempt; rejects with
   * ReplayGuardUnavailableError when it cannot tell, so the caller fails closed.
   */
  claim(id: string, expiresAt: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The replay store could not be asked (Redis down or slow) or is full: the
 * context cannot be shown to be fresh, so it is refused. A service fault
 * (503), not the caller's; the cause is kept for the log, never sent.
 */
export class ReplayGuardUnavailableError extends GraphQLError {
  readonly httpStatus = 503;

  constructor(problem: string, cause?: unknown) {
    super(
      'the caller context could not be checked against replay; try again shortly',
      {
        originalError: new Error(`replay guard: ${problem}`, { cause }),
        extensions: {
          code: ErrorCode.UNAUTHENTICATED,
          http: { status: 503 },
        },
      },
    );
    this.name = 'ReplayGuardUnavailableError';
  }
}
