import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { type Logger } from 'pino';
import { ErrorCode, type HttpRoute, sendGraphQLError } from '@marsoc/platform';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { REQUEST_ID_HEADER } from '@marsoc/schema/wire';
import { requireRequestPurpose } from '../auth/purpose';
import { type GatewayContext } from '../GatewayContext';

/** A document export's path: what it asks for, or why it cannot be read. */
export type ReadTarget<Target> = (
  path: string,
) => ({ ok: true } & Target) | { ok: false; message: string };

export interface ExportRouteOptions<Target> {
  /** The path prefix the route answers, e.g. `/profiles/`. */
  prefix: string;
  /** What is exported, for messages: "a profile". */
  what: string;
  readTarget: ReadTarget<Target>;
  verifyCaller(
    authorization: string | readonly string[] | undefined,
  ): Promise<Caller>;
  createRequestId?: () => string;
  /** Produces and sends the document for the verified caller's context. */
  produce(
    context: GatewayContext,
    purpose: RequestPurpose,
    target: Target,
    response: ServerResponse,
  ): Promise<void>;
}

/**
 * The HTTP front every document export shares: GET only; the bearer token
 * verified before anything else, so an unauthenticated caller learns nothing
 * more; then the path, then X-Purpose and X-Justification exactly as the
 * GraphQL endpoint reads them. Expected refusals answer as coded JSON errors.
 */
export function createExportRoute<Target>(
  options: ExportRouteOptions<Target>,
): HttpRoute {
  const createRequestId = options.createRequestId ?? randomUUID;
  return async (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith(options.prefix)) return false;
    if (refuseUnlessGet(request, response, `Export ${options.what} with GET.`))
      return true;
    try {
      const caller = await options.verifyCaller(
        request.headersDistinct.authorization,
      );
      const target = options.readTarget(path);
      if (!target.ok) {
        sendGraphQLError(
          response,
          400,
          ErrorCode.BAD_USER_INPUT,
          target.message,
        );
        return true;
      }
      const purpose = requireRequestPurpose(request.headersDistinct);
      const context: GatewayContext = {
        caller,
        purpose,
        requestId: createRequestId(),
        disclosures: [],
      };
      await options.produce(context, purpose, target, response);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      sendCodedError(response, error);
    }
    return true;
  };
}

export interface AuditedDocument {
  bytes: Buffer;
  contentType: string;
  filename: string;
  requestId: string;
  /** Appends the export's DISCLOSURE record; the document is sent only once it resolves. */
  audit(): Promise<unknown>;
  log: Logger;
}

/**
 * Sends a rendered document once its onward disclosure is recorded; if the
 * record cannot be written the caller gets 503 AUDIT_UNAVAILABLE and no byte.
 */
export async function sendAuditedDocument(
  response: ServerResponse,
  document: AuditedDocument,
): Promise<void> {
  try {
    await document.audit();
  } catch (error) {
    document.log.error(
      { err: error, requestId: document.requestId },
      'export audit record not written; document withheld',
    );
    sendGraphQLError(
      response,
      503,
      ErrorCode.AUDIT_UNAVAILABLE,
      'The export could not be audited, so no document is produced.',
    );
    return;
  }
  response.writeHead(200, {
    'content-type': document.contentType,
    'content-length': document.bytes.length,
    'content-disposition': `attachment; filename="${document.filename}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    [REQUEST_ID_HEADER]: document.requestId,
  });
  response.end(document.bytes);
}

/** A GraphQL error as the HTTP answer its extensions name (401 for a bad token, 400 otherwise). */
export function sendCodedError(
  response: ServerResponse,
  error: GraphQLError,
): void {
  const http = error.extensions.http as { status?: number } | undefined;
  const httpStatus = (error as { httpStatus?: number }).httpStatus;
  const code =
    typeof error.extensions.code === 'string'
      ? error.extensions.code
      : ErrorCode.BAD_USER_INPUT;
  sendGraphQLError(
    response,
    http?.status ?? httpStatus ?? 400,
    code,
    error.message,
  );
}

/**
 * Answers 405 (Allow: GET) to any other method, for the routes that only
 * read; true when it answered, so the route stops there.
 */
export function refuseUnlessGet(
  request: IncomingMessage,
  response: ServerResponse,
  message: string,
): boolean {
  if (request.method === 'GET') return false;
  response.setHeader('allow', 'GET');
  sendGraphQLError(response, 405, ErrorCode.BAD_USER_INPUT, message);
  return true;
}
