import { type ApolloServer } from '@apollo/server';
import { ErrorCode } from '@marsoc/platform';
import { type GatewayContext } from '../GatewayContext';
import { type ProfileFormat } from './ProfileDocument';
import { type ProfileAnswer, isRecord, readOperationCodes } from './readAnswer';
import {
  createProfileOperation,
  describeExportOperationName,
} from './subjectProfileOperation';

export type FetchedProfile =
  | { ok: true; answer: ProfileAnswer }
  | { ok: false; status: number; code: string; message: string };

/**
 * Runs the Subject Profile operation through the gateway's own Apollo server
 * with the caller's context, so limits, purpose checks, every owner's
 * enforcement and every audit (the owners' and the gateway's combination
 * record) apply exactly as to the caller's own query. A failed audit or a
 * failed operation means no document.
 */
export async function fetchProfileAnswer(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  target: { nominalId: string; format: ProfileFormat },
): Promise<FetchedProfile> {
  const response = await apollo.executeOperation(
    {
      query: createProfileOperation(target.format),
      operationName: describeExportOperationName(target.format),
      variables: { id: target.nominalId },
    },
    { contextValue: context },
  );
  if (response.body.kind !== 'single') {
    throw new Error('the profile operation answered incrementally');
  }
  const answer = response.body.singleResult as ProfileAnswer;
  const codes = readOperationCodes(answer);
  // An owner that could not audit its part gave nothing; the document would be
  // one of its consultations unrecorded, so there is none.
  const unaudited = (answer.errors ?? []).some(
    (error) => error.extensions?.code === ErrorCode.AUDIT_UNAVAILABLE,
  );
  if (unaudited) {
    return {
      ok: false,
      status: 503,
      code: ErrorCode.AUDIT_UNAVAILABLE,
      message:
        'The access audit could not be written, so no document is produced.',
    };
  }
  if (codes.length > 0 || !isRecord(answer.data)) {
    return {
      ok: false,
      status: 502,
      code: codes[0] ?? ErrorCode.INTERNAL_SERVER_ERROR,
      message: 'The profile could not be assembled; no document is produced.',
    };
  }
  const refused = (answer.errors ?? []).some(
    (error) => error.path?.length === 1,
  );
  if (answer.data.nominal === null && !refused) {
    // The same answer for an unknown nominal and one its owner neither confirms nor denies.
    return {
      ok: false,
      status: 404,
      code: ErrorCode.NOT_FOUND,
      message: `No nominal ${target.nominalId} was released to you.`,
    };
  }
  return { ok: true, answer };
}
