import { type ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@marsoc/platform';
import { PER_CALLER_LIMIT_CODES } from '@marsoc/schema/wire';
import { type GatewayContext } from '../GatewayContext';

/**
 * The HTTP face of a per-caller limit, whichever service refused: 429 with
 * `Retry-After` (the longest wait any refusal in the answer names, in
 * seconds) for RATE_LIMITED (APMIS's search rate) and BREADTH_LIMITED (the
 * gateway's); 503 when the limits could not be checked.
 */
export function createLimitStatusPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const errors = response.body.singleResult.errors ?? [];
          const waits = errors.flatMap((error) => {
            const { code, retryAfter } = error.extensions ?? {};
            return typeof code === 'string' &&
              PER_CALLER_LIMIT_CODES.has(code) &&
              typeof retryAfter === 'number'
              ? [retryAfter]
              : [];
          });
          if (waits.length > 0) {
            response.http.status = 429;
            response.http.headers.set(
              'retry-after',
              String(Math.max(...waits)),
            );
          } else if (
            errors.some(
              (error) =>
                error.extensions?.code === ErrorCode.LIMITS_UNAVAILABLE,
            )
          ) {
            response.http.status = 503;
          }
          return Promise.resolve();
        },
      });
    },
  };
}
