import { type ApolloServerPlugin } from '@apollo/server';
import { type GatewayContext } from '../GatewayContext';
import { readLimitRefusal } from './readLimitRefusal';

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
          const refusal = readLimitRefusal(
            response.body.singleResult.errors ?? [],
          );
          if (refusal?.kind === 'LIMITED') {
            response.http.status = 429;
            response.http.headers.set(
              'retry-after',
              String(refusal.retryAfterSeconds),
            );
          } else if (refusal?.kind === 'UNAVAILABLE') {
            response.http.status = 503;
          }
          return Promise.resolve();
        },
      });
    },
  };
}
