import { type ApolloServerPlugin } from '@apollo/server';
import { REQUEST_ID_HEADER } from '@marsoc/schema/wire';
import { type GatewayContext } from '../GatewayContext';

/**
 * Returns the request id in `X-Request-Id`, so a caller (or an auditor helping
 * one) can find the audit records every service wrote for this answer.
 */
export function createRequestIdHeaderPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart({ contextValue }) {
      return Promise.resolve({
        willSendResponse({ response }) {
          response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
          return Promise.resolve();
        },
      });
    },
  };
}
