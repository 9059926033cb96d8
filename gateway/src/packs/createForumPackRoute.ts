import { type ServerResponse } from 'node:http';
import { type HttpRoute } from '@marsoc/platform';
import { type RequestPurpose } from '@marsoc/schema';
import { type GatewayContext } from '../GatewayContext';
import { appendExportRecord } from '../profiles/auditProfileExport';
import { type ProfileExportOptions } from '../profiles/createProfileExportRoute';
import { type ProfileFormat } from '../profiles/ProfileDocument';
import { CONTENT_TYPES } from '../profiles/readExportTarget';
import {
  createExportRoute,
  sendAuditedDocument,
} from '../profiles/serveExport';
import { buildForumPack } from './buildForumPack';
import { fetchForumPack } from './fetchForumPack';
import { sendAnswerFailure } from '../profiles/fetchProfileAnswer';
import {
  createForumPackOperation,
  describePackOperationName,
} from './forumPackOperation';
import { type ForumPackDocument } from './ForumPackDocument';
import { FORUM_PACKS_PATH, readPackTarget } from './readPackTarget';
import { renderForumPackDocx } from './renderForumPackDocx';
import { renderForumPackPdf } from './renderForumPackPdf';
import { viewSupergraph } from '../supergraph/readServedSupergraph';

const RENDERERS: Record<
  ProfileFormat,
  (document: ForumPackDocument) => Promise<Buffer>
> = {
  pdf: renderForumPackPdf,
  docx: renderForumPackDocx,
};

/**
 * GET /export/forum-pack/<meetingId>.pdf|.docx: one attendee's pack for a PSF
 * or TPM (docs/marsoc-cycle.md#forum-packs), generated from the enforced
 * picture that attendee would receive over GraphQL, with the same bearer
 * token, X-Purpose and X-Justification as the Subject Profile export. Only a
 * member of the meeting gets one; anyone else gets the unknown meeting's 404.
 * The pack is audited as one onward disclosure naming every nominal in it
 * before a byte leaves; if that record cannot be written, 503 and no pack.
 */
export function createForumPackRoute(options: ProfileExportOptions): HttpRoute {
  const supergraph = viewSupergraph(options.supergraphSdl);
  const now = options.now ?? (() => new Date());
  return createExportRoute({
    prefix: FORUM_PACKS_PATH,
    what: 'a forum pack',
    readTarget: readPackTarget,
    verifyCaller: options.verifyCaller,
    createRequestId: options.createRequestId,
    produce: exportPack,
  });

  async function exportPack(
    context: GatewayContext,
    purpose: RequestPurpose,
    target: { meetingId: string; format: ProfileFormat },
    response: ServerResponse,
  ): Promise<void> {
    // The supergraph it started on labels and versions it, whatever a reload does.
    const served = supergraph.current();
    const fetched = await fetchForumPack(options.apollo, context, target);
    if (!fetched.ok) {
      sendAnswerFailure(response, fetched);
      return;
    }
    const document = buildForumPack(
      fetched,
      {
        caller: context.caller,
        purpose,
        requestId: context.requestId,
        registerVersion: options.registerVersion,
        producedAt: now(),
        format: target.format,
      },
      served.markingIndex,
    );
    await sendAuditedDocument(response, {
      bytes: await RENDERERS[target.format](document),
      contentType: CONTENT_TYPES[target.format],
      filename: `${target.meetingId}-forum-pack.${target.format}`,
      requestId: context.requestId,
      log: options.log,
      audit: () =>
        appendExportRecord(options.sink, {
          context: {
            ...context,
            disclosures: fetched.contexts.flatMap((part) => part.disclosures),
          },
          nominalIds: fetched.profiles.map(({ nominalId }) => nominalId),
          operationName: describePackOperationName(target.format),
          operationText: createForumPackOperation(target.format),
          answers: [
            fetched.meetingAnswer,
            ...fetched.profiles.map(({ answer }) => answer),
          ],
          registerVersion: options.registerVersion,
          supergraphVersion: served.version,
          now: now(),
        }),
    });
  }
}
