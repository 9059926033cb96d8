import { requestHeaders } from './requestHeaders';
import { type GraphQLResult, type Session } from './types';

/**
 * POSTs one GraphQL operation to the gateway that served the page. A refusal
 * the gateway answers with a status (401, 400, 429) comes back as errors, so
 * each screen shows the gateway's own words.
 */
export async function queryGateway<Data>(
  session: Session,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult<Data>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...requestHeaders(session),
    },
    body: JSON.stringify({ query, variables }),
  });
  try {
    return (await response.json()) as GraphQLResult<Data>;
  } catch {
    return {
      errors: [{ message: `The gateway answered ${response.status}.` }],
    };
  }
}
