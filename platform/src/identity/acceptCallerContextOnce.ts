import { type JWTPayload } from 'jose';
import { AuthenticationError } from './authenticationError';
import { containsUnprintable } from './printableText';
import { type ReplayGuard } from './replayGuard';
import {
  hashSubgraphOperation,
  type SubgraphOperation,
} from './subgraphOperation';

const SUBJECT = 'caller context';
const MAX_CONTEXT_ID_LENGTH = 128;

/** Refuses a verified context presented with an operation it was not signed for. */
export function assertBoundTo(
  payload: JWTPayload,
  operation: SubgraphOperation | undefined,
): void {
  if (typeof payload.operation_hash !== 'string') {
    throw new AuthenticationError(
      'INVALID_CLAIM',
      `the ${SUBJECT} is not bound to an operation`,
    );
  }
  if (
    operation === undefined ||
    payload.operation_hash !== hashSubgraphOperation(operation)
  ) {
    throw new AuthenticationError(
      'WRONG_OPERATION',
      `the ${SUBJECT} was signed for another operation`,
    );
  }
}

/**
 * Records the context's `jti` in the replay store; refuses it if it was
 * already there. Runs last, after every other check, so that only a context
 * valid in every other way takes a place in the store.
 */
export async function acceptOnce(
  payload: JWTPayload,
  guard: ReplayGuard,
  clockToleranceSeconds: number,
): Promise<void> {
  const { jti, exp = 0 } = payload;
  if (
    typeof jti !== 'string' ||
    jti.length === 0 ||
    jti.length > MAX_CONTEXT_ID_LENGTH ||
    containsUnprintable(jti)
  ) {
    throw new AuthenticationError(
      'INVALID_CLAIM',
      `the ${SUBJECT} jti must be a printable string of 1 to ${MAX_CONTEXT_ID_LENGTH} characters`,
    );
  }
  // Remembered for as long as the verifier would still accept it.
  const acceptedUntil = (exp + clockToleranceSeconds) * 1000;
  if (!(await guard.claim(jti, acceptedUntil))) {
    throw new AuthenticationError(
      'REPLAYED',
      `the ${SUBJECT} has already been used`,
    );
  }
}
