import { type GatewayContext } from '../GatewayContext';
import { readSubgraphDisclosure } from './combineDisclosures';

/** Keeps a subgraph response's disclosure report on the request's context. */
export function collectDisclosure(
  context: GatewayContext,
  subgraph: string,
  extensions: unknown,
): void {
  const disclosure = readSubgraphDisclosure(subgraph, extensions);
  if (disclosure) context.disclosures.push(disclosure);
}
