import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import { type ConsoleConfig, type Session } from '../api/types';
import { ErrorList } from '../components/ErrorList';
import { MarkedPage } from '../components/MarkedPage';
import { buildNetwork } from '../model/buildNetwork';
import { agencyName } from '../model/labels';
import { useGatewayQuery } from './useGatewayQuery';

const LINK = `__typename linkType sourceAgency since`;
const NAME = `__typename id apmis { __typename name }`;
// Two hops: the gateway follows associates to a depth of 2 at most.
const NETWORK_QUERY = /* GraphQL */ `
  query AssociateNetwork($id: ID!) {
    nominal(id: $id) {
      ${NAME}
      associates {
        __typename
        policeLinks { ${LINK} associate { ${NAME} associates { __typename
          policeLinks { ${LINK} associate { ${NAME} } }
          prisonLinks { ${LINK} associate { ${NAME} } } } } }
        prisonLinks { ${LINK} associate { ${NAME} associates { __typename
          policeLinks { ${LINK} associate { ${NAME} } }
          prisonLinks { ${LINK} associate { ${NAME} } } } } }
      }
    }
  }
`;

/** Edge colours by the agency that holds the link. */
export const AGENCY_COLOURS: Readonly<Record<string, string>> = {
  POLICE: '#1d4f91',
  HMPPS: '#2e7d32',
  NCA: '#6a1b9a',
  HMRC: '#b26a00',
  MARSOC: '#455a64',
};

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
      layout: {
        name: 'cose',
        animate: false,
        randomize: false,
        nodeRepulsion: () => 12000,
        idealEdgeLength: () => 90,
      },
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'text-wrap': 'wrap',
            'font-size': 10,
            'background-color': '#90a4ae',
            'text-valign': 'bottom',
          },
        },
        {
          selector: 'node[depth = "0"]',
          style: { 'background-color': '#c62828' },
        },
        ...Object.entries(AGENCY_COLOURS).map(([agency, colour]) => ({
          selector: `edge[agency = "${agency}"]`,
          style: { 'line-color': colour, 'target-arrow-color': colour },
        })),
        {
          selector: 'edge',
          style: {
            label: 'data(label)',
            'font-size': 8,
            width: 2,
            'curve-style': 'bezier',
          },
        },
      ],
    });
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
        Nodes are nominals; edges are links typed by kind and coloured by the
        agency that holds them, two hops at most. Select a nominal to open its
        profile.
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
      {!result && <p role="status">Loading the network...</p>}
      <ErrorList errors={result?.errors} />
      <div ref={container} class="network" data-testid="network" />
    </MarkedPage>
  );
}
