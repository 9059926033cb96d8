import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { type Logger } from 'pino';
import { ErrorCode } from '../errors';
import { BodyTooLargeError, readBody } from './readBody';
import { sendGraphQLError, sendJson } from './sendJson';

/**
 * An extra HTTP handler mounted beside GraphQL (the console's static files, the
 * profile export). It answers true when it has handled the request, false to
 * let the next route or the 404 answer. A thrown error is answered as a 500
 * with no internal text, like any other failure outside GraphQL.
 */
export type HttpRoute = (
  request: IncomingMessage,
  response: ServerResponse,
) => Promise<boolean>;

export interface HttpServerOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  /**
   * Builds the request's context before Apollo sees the request. `body` is the
   * parsed JSON body, or undefined if it is not JSON (a subgraph checks that
   * its caller context was signed for this very operation). A GraphQLError
   * with `extensions.http.status` (e.g. 401) is answered directly with no data.
   */
  createContext(request: IncomingMessage, body: unknown): Promise<Context>;
  isReady(): boolean;
  log: Logger;
  /** Largest accepted request body; bigger ones get 413 unread. */
  maxBodyBytes?: number;
  /** HTML served on GET / and GET /graphql: an offline page, no CDN. */
  landingPage?: string;
  /**
   * Tried in order after the health probes and before the landing page and
   * /graphql; the first that handles a request answers it.
   */
  routes?: readonly HttpRoute[];
}

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/**
 * A small node:http front for an Apollo Server: health probes, an offline
 * landing page, and POST /graphql with JSON only (no GET queries and no form
 * posts, so a browser cannot be tricked into a cross-site consultation that would
 * be audited under its user's name).
 */
export function createHttpServer<Context extends BaseContext>(
  options: HttpServerOptions<Context>,
): Server {
  return createServer((request, response) => {
    route(options, request, response).catch((error: unknown) => {
      options.log.error({ err: error }, 'request failed outside GraphQL');
      if (!response.headersSent) {
        sendGraphQLError(
          response,
          500,
          ErrorCode.INTERNAL_SERVER_ERROR,
          'Internal server error',
        );
      } else {
        response.destroy();
      }
    });
  });
}

async function route<Context extends BaseContext>(
  options: HttpServerOptions<Context>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  if (path === '/health/live')
    return sendJson(response, 200, { status: 'live' });
  if (path === '/health/ready') {
    const ready = options.isReady();
    return sendJson(response, ready ? 200 : 503, {
      status: ready ? 'ready' : 'starting',
    });
  }
  for (const handle of options.routes ?? []) {
    if (await handle(request, response)) return;
  }
  // GET /graphql with a query string is an attempt to run an operation by
  // GET: it gets the 405 below, not the landing page's 200.
  const asksOperation =
    path === '/graphql' && (request.url ?? '').includes('?');
  if (
    request.method === 'GET' &&
    (path === '/' || path === '/graphql') &&
    !asksOperation &&
    options.landingPage
  ) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(options.landingPage);
    return;
  }
  if (path !== '/graphql')
    return sendJson(response, 404, { error: 'not found' });
  if (request.method !== 'POST') {
    return sendGraphQLError(
      response,
      405,
      ApolloServerErrorCode.BAD_REQUEST,
      'Send GraphQL operations as POST with a JSON body.',
    );
  }
  if (
    !(request.headers['content-type'] ?? '')
      .toLowerCase()
      .startsWith('application/json')
  ) {
    return sendGraphQLError(
      response,
      415,
      ApolloServerErrorCode.BAD_REQUEST,
      'Content-Type must be application/json.',
    );
  }
  await executeGraphQL(options, request, response);
}

async function executeGraphQL<Context extends BaseContext>(
  options: HttpServerOptions<Context>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  let body: string;
  try {
    body = await readBody(
      request,
      options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    );
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // The rest of the body was never read, so this connection cannot carry
      // another request: close it, or a client reusing it waits forever.
      response.setHeader('connection', 'close');
      return sendGraphQLError(
        response,
        413,
        ErrorCode.LIMIT_EXCEEDED,
        error.message,
      );
    }
    throw error;
  }
  let parsed: unknown;
  let isJson = true;
  try {
    parsed = JSON.parse(body);
  } catch {
    isJson = false;
  }
  let context: Context;
  try {
    // Authentication is still answered first: an unauthenticated caller learns
    // nothing, not even whether its body parsed.
    context = await options.createContext(request, parsed);
  } catch (error) {
    if (error instanceof GraphQLError) return sendContextError(response, error);
    throw error;
  }
  if (!isJson) {
    return sendGraphQLError(
      response,
      400,
      ApolloServerErrorCode.BAD_REQUEST,
      'The request body is not valid JSON.',
    );
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: toHeaderMap(request),
      search: '',
      body: parsed,
    },
    context: () => Promise.resolve(context),
  });
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  for (const [key, value] of result.headers) headers[key] = value;
  response.writeHead(result.status ?? 200, headers);
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function sendContextError(response: ServerResponse, error: GraphQLError): void {
  const http = error.extensions.http as { status?: number } | undefined;
  const code =
    typeof error.extensions.code === 'string'
      ? error.extensions.code
      : ApolloServerErrorCode.BAD_REQUEST;
  sendGraphQLError(response, http?.status ?? 400, code, error.message);
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined)
      headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}
