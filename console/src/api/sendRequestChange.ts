import { type DisclosureRequestView } from '../model/disclosureRequestQueries';
import { queryGateway } from './queryGateway';
import { type GraphQLErrorView, type Session } from './types';

/** A request mutation's answer: the request as it now stands, or the gateway's refusal. */
export type RequestChangeResult =
  | { request: DisclosureRequestView; errors?: undefined }
  | { request?: undefined; errors: GraphQLErrorView[] };

/**
 * Sends one request mutation (raise, decide, withdraw, re-open), each of
 * which answers under the alias `request`. The owner's service changes
 * nothing when it refuses, so a refusal is shown and the form stays.
 */
export async function sendRequestChange(
  session: Session,
  mutation: string,
  variables: Record<string, unknown>,
): Promise<RequestChangeResult> {
  try {
    const result = await queryGateway<{
      request: DisclosureRequestView | null;
    }>(session, mutation, variables);
    const request = result.data?.request;
    if (request && !result.errors) return { request };
    return {
      errors: result.errors ?? [
        { message: 'The gateway answered without the request.' },
      ],
    };
  } catch (error) {
    return {
      errors: [
        { message: error instanceof Error ? error.message : String(error) },
      ],
    };
  }
}
