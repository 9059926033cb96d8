import { type ServerResponse } from 'node:http';
import { type ApolloServer } from '@apollo/server';
import { type Logger } from 'pino';
import { type AuditSink, type HttpRoute } from '@marsoc/platform';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { type GatewayContext } from '../GatewayContext';
import { auditProfileExport } from './auditProfileExport';
import { buildProfileDocument } from './buildProfileDocument';
import { fetchProfileAnswer, sendAnswerFailure } from './fetchProfileAnswer';
import { type ProfileDocument, type ProfileFormat } from './ProfileDocument';
import {
  CONTENT_TYPES,
  PROFILES_PATH,
  readExportTarget,
} from './readExportTarget';
import { renderProfileDocx } from './renderProfileDocx';
import { renderProfilePdf } from './renderProfilePdf';
import { createExportRoute, sendAuditedDocument } from './serveExport';
import {
  type SupergraphView,
  viewSupergraph,
} from '../supergraph/readServedSupergraph';

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
  /** The running gateway's supergraph (a reload replaces it), or one fixed text. */
  supergraphSdl: string | SupergraphView;
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
  const supergraph = viewSupergraph(options.supergraphSdl);
  const now = options.now ?? (() => new Date());
  return createExportRoute({
    prefix: PROFILES_PATH,
    what: 'a profile',
    readTarget: readExportTarget,
    verifyCaller: options.verifyCaller,
    createRequestId: options.createRequestId,
    produce: exportProfile,
  });

  async function exportProfile(
    context: GatewayContext,
    purpose: RequestPurpose,
    target: { nominalId: string; format: ProfileFormat },
    response: ServerResponse,
  ): Promise<void> {
    // The supergraph it started on labels and versions it, whatever a reload does.
    const served = supergraph.current();
    const fetched = await fetchProfileAnswer(options.apollo, context, target);
    if (!fetched.ok) {
      sendAnswerFailure(response, fetched);
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
      served.markingIndex,
    );
    await sendAuditedDocument(response, {
      bytes: await RENDERERS[target.format](document),
      contentType: CONTENT_TYPES[target.format],
      filename: `${target.nominalId}-subject-profile.${target.format}`,
      requestId: context.requestId,
      log: options.log,
      audit: () =>
        auditProfileExport(options.sink, {
          context,
          nominalId: target.nominalId,
          format: target.format,
          answer: fetched.answer,
          registerVersion: options.registerVersion,
          supergraphVersion: served.version,
          now: now(),
        }),
    });
  }
}
