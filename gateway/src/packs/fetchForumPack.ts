import { type ApolloServer } from '@apollo/server';
import { ErrorCode } from '@marsoc/platform';
import { type GatewayContext } from '../GatewayContext';
import {
  type AnswerFailure,
  fetchProfileAnswer,
  findAnswerFailure,
  runAsCaller,
} from '../profiles/fetchProfileAnswer';
import { type ProfileFormat } from '../profiles/ProfileDocument';
import { type ProfileAnswer } from '../profiles/readAnswer';
import {
  createForumPackOperation,
  describePackOperationName,
  describePackProfileOperationName,
} from './forumPackOperation';
import {
  listAgendaNominals,
  type PackMeeting,
  readMeeting,
} from './readMeeting';

/** What a pack is made from: the meeting and each agenda nominal's profile, as the attendee sees them. */
export interface FetchedPack {
  ok: true;
  meeting: PackMeeting;
  meetingAnswer: ProfileAnswer;
  profiles: { nominalId: string; answer: ProfileAnswer }[];
  /** Every part's disclosures, for the pack's own audit record. */
  contexts: GatewayContext[];
}

/**
 * Fetches a forum pack's content as the attendee, through the gateway's own
 * Apollo server, so every owner enforces and audits each part as it would the
 * attendee's own query. Anyone not a member of the meeting gets exactly what
 * an unknown meeting id gets. A nominal the attendee may not see at all is
 * left out, as the profile export would answer it with 404; any other failure
 * of any part means no pack.
 */
export async function fetchForumPack(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  target: { meetingId: string; format: ProfileFormat },
): Promise<FetchedPack | AnswerFailure> {
  const meetingAnswer = await runAsCaller(apollo, context, {
    query: createForumPackOperation(target.format),
    operationName: describePackOperationName(target.format),
    variables: { id: target.meetingId },
  });
  const failure = findAnswerFailure(meetingAnswer, 'forum pack');
  if (failure) return failure;
  const meeting = readMeeting(meetingAnswer.data, context.caller.sub);
  if (meeting === undefined) {
    return {
      ok: false,
      status: 404,
      code: ErrorCode.NOT_FOUND,
      message: `No meeting ${target.meetingId} was released to you.`,
    };
  }
  const contexts = [context];
  const profiles: FetchedPack['profiles'] = [];
  for (const nominalId of listAgendaNominals(meeting)) {
    // Its own context: the gateway's combination record is one per operation.
    const part: GatewayContext = { ...context, disclosures: [] };
    contexts.push(part);
    const fetched = await fetchProfileAnswer(
      apollo,
      part,
      { nominalId, format: target.format },
      describePackProfileOperationName(target.format),
    );
    if (fetched.ok) profiles.push({ nominalId, answer: fetched.answer });
    else if (fetched.status !== 404) return fetched;
  }
  return { ok: true, meeting, meetingAnswer, profiles, contexts };
}
