import { type ApolloServer } from '@apollo/server';
import { type ServerResponse } from 'node:http';
import { ErrorCode, sendGraphQLError } from '@marsoc/platform';
import { readLimitRefusal } from '../limits/readLimitRefusal';
import { type GatewayContext } from '../GatewayContext';
import { type ProfileFormat } from './ProfileDocument';
import { type ProfileAnswer, isRecord, readOperationCodes } from './readAnswer';
import {
  createNamedProfileOperation,
  describeExportOperationName,
} from './subjectProfileOperation';

/** Why no document can be made from an answer: the status and code the caller gets. */
export interface AnswerFailure {
  ok: false;
  status: number;
  code: string;
  message: string;
  /** A per-caller limit's refusal: when to try again, in seconds. */
  retryAfterSeconds?: number;
}

/** A failure as the caller gets it, with `Retry-After` for a limit's refusal. */
export function sendAnswerFailure(
  response: ServerResponse,
  failure: AnswerFailure,
): void {
  if (failure.retryAfterSeconds !== undefined)
    response.setHeader('Retry-After', String(failure.retryAfterSeconds));
  sendGraphQLError(response, failure.status, failure.code, failure.message);
}

export type FetchedProfile =
  { ok: true; answer: ProfileAnswer } | AnswerFailure;

/**
 * Why an answer cannot become a document, if it cannot. An owner that could
 * not audit its part gave nothing; the document would be one of its
 * consultations unrecorded, so there is none (503). An operation that failed
 * as a whole gives none either (502).
 */
export function findAnswerFailure(
  answer: ProfileAnswer,
  what: string,
): AnswerFailure | undefined {
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
  const limited = findLimitRefusal(answer);
  if (limited) return limited;
  const codes = readOperationCodes(answer);
  if (codes.length > 0 || !isRecord(answer.data)) {
    return {
      ok: false,
      status: 502,
      code: codes[0] ?? ErrorCode.INTERNAL_SERVER_ERROR,
      message: `The ${what} could not be assembled; no document is produced.`,
    };
  }
  return undefined;
}

/**
 * A per-caller limit refused the operation (the breadth of nominals opened
 * this hour, or the search rate): the caller gets what the GraphQL endpoint
 * answers, 429 with `Retry-After`, or 503 when the limits could not be checked.
 */
function findLimitRefusal(answer: ProfileAnswer): AnswerFailure | undefined {
  const refusal = readLimitRefusal(answer.errors ?? []);
  if (refusal?.kind === 'LIMITED')
    return {
      ok: false,
      status: 429,
      code: refusal.code,
      message: refusal.message,
      retryAfterSeconds: refusal.retryAfterSeconds,
    };
  if (refusal?.kind === 'UNAVAILABLE')
    return {
      ok: false,
      status: 503,
      code: ErrorCode.LIMITS_UNAVAILABLE,
      message: 'The limits could not be checked, so no document is produced.',
    };
  return undefined;
}

/**
 * Runs the Subject Profile operation through the gateway's own Apollo server
 * with the caller's context, so limits, purpose checks, every owner's
 * enforcement and every audit (the owners' and the gateway's combination
 * record) apply exactly as to the caller's own query. A failed audit or a
 * failed operation means no document. A forum pack names the operation after
 * itself, so the owners' records say which document their data fed.
 */
export async function fetchProfileAnswer(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  target: { nominalId: string; format: ProfileFormat },
  operationName: string = describeExportOperationName(target.format),
): Promise<FetchedProfile> {
  const answer = await runAsCaller(apollo, context, {
    query: createNamedProfileOperation(operationName),
    operationName,
    variables: { id: target.nominalId },
  });
  const failure = findAnswerFailure(answer, 'profile');
  if (failure) return failure;
  const refused = (answer.errors ?? []).some(
    (error) => error.path?.length === 1,
  );
  if (isRecord(answer.data) && answer.data.nominal === null && !refused) {
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

/** Runs one operation through the gateway's own Apollo server as the caller. */
export async function runAsCaller(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  operation: {
    query: string;
    operationName: string;
    variables: Record<string, unknown>;
  },
): Promise<ProfileAnswer> {
  const response = await apollo.executeOperation(operation, {
    contextValue: context,
  });
  if (response.body.kind !== 'single') {
    throw new Error(`${operation.operationName} answered incrementally`);
  }
  return response.body.singleResult as ProfileAnswer;
}
