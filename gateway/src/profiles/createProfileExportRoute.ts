import { randomUUID } from 'node:crypto';
import { type ServerResponse } from 'node:http';
import { type ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type Logger } from 'pino';
import {
  type AuditSink,
  ErrorCode,
  type HttpRoute,
  readSupergraphVersion,
  sendGraphQLError,
} from '@marsoc/platform';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { REQUEST_ID_HEADER } from '@marsoc/schema/wire';
import { requireRequestPurpose } from '../auth/purpose';
import { type GatewayContext } from '../GatewayContext';
import { auditProfileExport } from './auditProfileExport';
import { buildProfileDocument } from './buildProfileDocument';
import { createMarkingIndex } from './createMarkingIndex';
import { fetchProfileAnswer } from './fetchProfileAnswer';
import { type ProfileDocument, type ProfileFormat } from './ProfileDocument';
import {
  CONTENT_TYPES,
  PROFILES_PATH,
  readExportTarget,
} from './readExportTarget';
import { renderProfileDocx } from './renderProfileDocx';
import { renderProfilePdf } from './renderProfilePdf';

export interface ProfileExportOptions {
  /** The gateway's own Apollo server: the picture is fetched through it, as the caller. */
  apollo: ApolloServer<GatewayContext>;
  /** The gateway's token verifier (TokenVerifier.verify). */
  verifyCaller(
    authorization: string | readonly string[] | undefined,
  ): Promise<Caller>;
  /** Where the export's own DISCLOSURE record goes. */
  sink: AuditSink;
  registerVersion: string;
  supergraphSdl: string;
  log: Logger;
  now?: () => Date;
  createRequestId?: () => string;
}

const RENDERERS: Record<
  ProfileFormat,
  (document: ProfileDocument) => Promise<Buffer>
> = {
  pdf: renderProfilePdf,
  docx: renderProfileDocx,
};

/**
 * GET /profiles/<nominalId>.pdf|.docx: the Subject Profile, generated on the
 * server from the enforced picture the caller would receive over GraphQL, with
 * the same bearer token, X-Purpose and X-Justification. The export is audited
 * as an onward disclosure before a byte of it leaves; if that record cannot be
 * written the caller gets 503 and no document.
 */
export function createProfileExportRoute(
  options: ProfileExportOptions,
): HttpRoute {
  const index = createMarkingIndex(options.supergraphSdl);
  const supergraphVersion = readSupergraphVersion();
  const now = options.now ?? (() => new Date());
  const createRequestId = options.createRequestId ?? randomUUID;
  return async (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith(PROFILES_PATH)) return false;
    if (request.method !== 'GET') {
      response.setHeader('allow', 'GET');
      sendGraphQLError(
        response,
        405,
        ErrorCode.BAD_USER_INPUT,
        'Export a profile with GET.',
      );
      return true;
    }
    try {
      // Authentication first: an unauthenticated caller learns nothing more.
      const caller = await options.verifyCaller(
        request.headersDistinct.authorization,
      );
      const target = readExportTarget(path);
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
      await exportProfile(context, purpose, target, response);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      sendCodedError(response, error);
    }
    return true;
  };

  async function exportProfile(
    context: GatewayContext,
    purpose: RequestPurpose,
    target: { nominalId: string; format: ProfileFormat },
    response: ServerResponse,
  ): Promise<void> {
    const fetched = await fetchProfileAnswer(options.apollo, context, target);
    if (!fetched.ok) {
      sendGraphQLError(response, fetched.status, fetched.code, fetched.message);
      return;
    }
    const document = buildProfileDocument(
      fetched.answer,
      {
        ...target,
        caller: context.caller,
        purpose,
        requestId: context.requestId,
        registerVersion: options.registerVersion,
        producedAt: now(),
      },
      index,
    );
    const bytes = await RENDERERS[target.format](document);
    try {
      await auditProfileExport(options.sink, {
        context,
        nominalId: target.nominalId,
        format: target.format,
        answer: fetched.answer,
        registerVersion: options.registerVersion,
        supergraphVersion,
        now: now(),
      });
    } catch (error) {
      options.log.error(
        { err: error, requestId: context.requestId },
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
      'content-type': CONTENT_TYPES[target.format],
      'content-length': bytes.length,
      'content-disposition': `attachment; filename="${target.nominalId}-subject-profile.${target.format}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      [REQUEST_ID_HEADER]: context.requestId,
    });
    response.end(bytes);
  }
}

function sendCodedError(response: ServerResponse, error: GraphQLError): void {
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
