import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';

/** Where a fuzz request goes: the gateway, or one subgraph directly (no caller context). */
export type FuzzTarget =
  'gateway' | 'police' | 'hmpps' | 'ncahmrc' | 'apmis' | 'audit';

/** One malformed or hostile request, and the family it belongs to (for the report). */
export interface FuzzCase {
  family: string;
  target: FuzzTarget;
  method: string;
  /** Path and query string, e.g. '/graphql'. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /**
   * The whole request as bytes on the wire, for what fetch refuses to send
   * (repeated headers, control characters, smuggling framings). Sent as is.
   */
  raw?: string;
  /**
   * node:http itself refuses some requests before any of the service's code
   * runs (a malformed header, headers too large, an Expect it cannot meet),
   * answering a bare 400, 417 or 431 with no body. Only cases that set this
   * may be answered that way.
   */
  parserMayRefuse?: boolean;
}

/** The headers of a well-formed gateway request by a cleared caller with a purpose. */
export function authorisedHeaders(token: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
    [PURPOSE_HEADER]: 'INTELLIGENCE_DEVELOPMENT',
    [JUSTIFICATION_HEADER]: 'Fuzz tier: hostile input must change nothing',
  };
}

/** A POST /graphql to the gateway with a well-formed caller and the given body. */
export function gatewayPost(
  family: string,
  token: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): FuzzCase {
  return {
    family,
    target: 'gateway',
    method: 'POST',
    path: '/graphql',
    headers: { ...authorisedHeaders(token), ...headers },
    body,
  };
}

/** As gatewayPost, for a GraphQL request object encoded as JSON. */
export function gatewayOperation(
  family: string,
  token: string,
  request: Record<string, unknown>,
  headers: Record<string, string> = {},
): FuzzCase {
  return gatewayPost(family, token, JSON.stringify(request), headers);
}
