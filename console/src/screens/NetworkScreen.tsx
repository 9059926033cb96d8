import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { LinkKindLegend } from '../components/LinkKindLegend';
import { MarkedPage } from '../components/MarkedPage';
import { buildNetwork } from '../model/buildNetwork';
import { agencyName } from '../model/labels';
import { NETWORK_QUERY } from '../model/networkQuery';
import {
  AGENCY_COLOURS,
  createNetworkLayout,
  FOCUSED,
  NETWORK_STYLE,
} from '../model/networkStyle';
import { useGatewayQuery } from './useGatewayQuery';

/** The nominal's associates as an interactive network. */
export function NetworkScreen(props: {
  config: ConsoleConfig;
  session: Session;
  nominalId: string;
  onOpen: (id: string) => void;
}) {
  const result = useGatewayQuery<{ nominal: Record<string, unknown> | null }>(
    props.session,
    NETWORK_QUERY,
    { id: props.nominalId },
  );
  const container = useRef<HTMLDivElement>(null);
  const nominal = result?.data?.nominal;
  useEffect(() => {
    if (!container.current || !nominal) return undefined;
    const elements = buildNetwork(nominal);
    const graph = cytoscape({
      container: container.current,
      elements,
      layout: createNetworkLayout(
        container.current.clientWidth,
        container.current.clientHeight,
      ),
      style: NETWORK_STYLE,
    });
    // A node under the pointer shows its links' kinds in words, and its
    // neighbours in bold: one node's labels at a time never cover each other.
    graph.on('mouseover', 'node', (event) =>
      event.target.closedNeighborhood().addClass(FOCUSED),
    );
    graph.on('mouseout', 'node', () => graph.elements().removeClass(FOCUSED));
    graph.on('tap', 'node', (event) => props.onOpen(String(event.target.id())));
    // For readers and tests: how much of the network was drawn.
    container.current.dataset.nodes = String(graph.nodes().length);
    container.current.dataset.edges = String(graph.edges().length);
    return () => graph.destroy();
  }, [nominal]);
  return (
    <MarkedPage config={props.config} data={result?.data}>
      <h2>Associates of {props.nominalId}</h2>
      <p>
        Nodes are nominals; edges are links coloured by the agency that holds
        them and drawn by kind, two hops at most. Point at a nominal to name its
        links; select it to open its profile.
      </p>
      <ul class="legend">
        {Object.entries(AGENCY_COLOURS).map(([agency, colour]) => (
          <li key={agency}>
            <span
              class={`swatch swatch-${agency.toLowerCase()}`}
              data-colour={colour}
            />
            {agencyName(agency)}
          </li>
        ))}
      </ul>
      <LinkKindLegend />
      {!result && <p role="status">Loading the network...</p>}
      <ErrorList errors={result?.errors} />
      <div ref={container} class="network" data-testid="network" />
    </MarkedPage>
  );
}
