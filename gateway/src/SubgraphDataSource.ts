import {
  type GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { type GraphQLError } from 'graphql';
import {
  createCodedError,
  ErrorCode,
  type SubgraphOperation,
} from '@marsoc/platform';
import { CALLER_CONTEXT_HEADER, REQUEST_ID_HEADER } from '@marsoc/schema/wire';
import { type GatewayContext } from './GatewayContext';
import { createSubgraphFetcher } from './createSubgraphFetcher';
import { collectDisclosure } from './disclosure/collectDisclosure';

/**
 * Signs the caller context for one fetch: audience = the subgraph's name, and
 * bound to the operation the fetch sends, so it is good for that fetch alone.
 */
export type SignCallerContext = (
  context: GatewayContext,
  audience: string,
  operation: SubgraphOperation,
) => Promise<string>;

type DidReceiveResponse = NonNullable<
  RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']
>;
type ReceivedResponse = Parameters<DidReceiveResponse>[0];
type SubgraphResponse = ReceivedResponse['response'];

/**
 * The gateway's connection to one agency subgraph. It never forwards the
 * caller's bearer token: each fetch carries a short-lived caller context signed
 * for that subgraph and that fetch's operation alone, which the subgraph
 * verifies, and accepts once, before resolving anything.
 * It also collects the subgraph's disclosure report for the combined response.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly signCallerContext: SignCallerContext;

  constructor(
    subgraph: string,
    url: string,
    signCallerContext: SignCallerContext,
  ) {
    // node:http with keep-alive rather than the default make-fetch-happen
    // stack or Node's fetch: the HTTP client was the gateway's largest single
    // CPU cost (createSubgraphFetcher.ts) and this system needs none of their
    // caching or streaming.
    super({ url, fetcher: createSubgraphFetcher() });
    this.subgraph = subgraph;
    this.signCallerContext = signCallerContext;
  }

  override async willSendRequest(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<void> {
    // Health checks and schema loading carry no caller: they get no context and
    // the subgraph answers them with 401, which is right.
    if (options.kind !== 'incoming operation') return;
    const { query, operationName, variables } = options.request;
    const token = await this.signCallerContext(options.context, this.subgraph, {
      query: query ?? '',
      operationName,
      variables,
    });
    options.request.http?.headers.set(CALLER_CONTEXT_HEADER, token);
    options.request.http?.headers.set(
      REQUEST_ID_HEADER,
      options.context.requestId,
    );
  }

  override didReceiveResponse({
    response,
    context,
  }: ReceivedResponse): SubgraphResponse {
    collectDisclosure(context, this.subgraph, response.extensions);
    return response;
  }

  /**
   * A subgraph that cannot be reached, or answers with an HTTP error, costs the
   * caller that agency's part of the picture and nothing else: the error names
   * the agency's subgraph, never the cause (addresses, stack, response body).
   */
  override didEncounterError(): void {
    throw createUpstreamUnavailableError(this.subgraph);
  }
}

/** The error a caller sees for an agency subgraph that did not answer. */
export function createUpstreamUnavailableError(subgraph: string): GraphQLError {
  return createCodedError(
    ErrorCode.UPSTREAM_UNAVAILABLE,
    `The ${subgraph} subgraph did not answer; its part of the picture is missing.`,
    { extensions: { subgraph } },
  );
}
