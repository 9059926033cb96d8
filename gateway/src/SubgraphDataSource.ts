import {
  type GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { type GatewayContext } from './GatewayContext';
import { collectDisclosure } from './disclosure/collectDisclosure';

export const CALLER_CONTEXT_HEADER = 'x-caller-context';

/** Signs the caller context for one subgraph (audience = the subgraph's name). */
export type SignCallerContext = (
  context: GatewayContext,
  audience: string,
) => Promise<string>;

type DidReceiveResponse = NonNullable<
  RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']
>;
type ReceivedResponse = Parameters<DidReceiveResponse>[0];
type SubgraphResponse = ReceivedResponse['response'];

/**
 * The gateway's connection to one agency subgraph. It never forwards the
 * caller's bearer token: each fetch carries a short-lived caller context signed
 * for that subgraph alone, which the subgraph verifies before resolving anything.
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
    super({ url });
    this.subgraph = subgraph;
    this.signCallerContext = signCallerContext;
  }

  override async willSendRequest(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<void> {
    // Health checks and schema loading carry no caller: they get no context and
    // the subgraph answers them with 401, which is right.
    if (options.kind !== 'incoming operation') return;
    const token = await this.signCallerContext(options.context, this.subgraph);
    options.request.http?.headers.set(CALLER_CONTEXT_HEADER, token);
    options.request.http?.headers.set(
      'x-request-id',
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
}
