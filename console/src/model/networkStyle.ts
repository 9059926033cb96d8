import {
  type ConcentricLayoutOptions,
  type Css,
  type NodeSingular,
  type Position,
  type StylesheetStyle,
} from 'cytoscape';

/** Edge colours by the agency that holds the link. */
export const AGENCY_COLOURS: Readonly<Record<string, string>> = {
  POLICE: '#1d4f91',
  HMPPS: '#2e7d32',
  NCA: '#6a1b9a',
  HMRC: '#b26a00',
  MARSOC: '#455a64',
};

/**
 * Each kind of link in words and drawn in its own line, so the kind reads at
 * any zoom without a label on every edge (a group's members are all linked
 * to each other, and labels on every edge of a clique cover one another).
 */
export const LINK_KINDS: Readonly<
  Record<string, { name: string; lineStyle: Css.LineStyle }>
> = {
  OCG_CO_MEMBER: { name: 'OCG co-member', lineStyle: 'solid' },
  INTELLIGENCE_CO_MENTION: {
    name: 'Intelligence co-mention',
    lineStyle: 'dashed',
  },
  VISIT: { name: 'Prison visit', lineStyle: 'dotted' },
  PHONE_CONTACT: { name: 'Phone contact', lineStyle: 'double' },
};

/** The class a node and its links take while the pointer is on the node. */
export const FOCUSED = 'focused';

/**
 * Rings by hop: the nominal at the centre, its associates around it, theirs
 * on the outer ring, each ring ordered as the links were followed so a
 * cluster sits together. Each node's label counts as part of the node when
 * spacing the ring, and the rings are drawn as ellipses as wide as the view
 * (labels are wider than tall), so at the zoom that fits the view every label
 * has room and none covers another. No randomness: the same network is drawn
 * the same way each time.
 */
export function createNetworkLayout(
  width: number,
  height: number,
): ConcentricLayoutOptions {
  const stretch = Math.max(1, width / Math.max(height, 1));
  return {
    name: 'concentric',
    animate: false,
    concentric: (node: NodeSingular) => -Number(node.data('depth')),
    levelWidth: () => 1,
    minNodeSpacing: 24,
    nodeDimensionsIncludeLabels: true,
    avoidOverlap: true,
    padding: 16,
    transform: (_node: NodeSingular, position: Position) => ({
      x: position.x * Math.sqrt(stretch),
      y: position.y / Math.sqrt(stretch),
    }),
  };
}

const LABEL_BACKGROUND = {
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.9,
  'text-background-padding': '2px',
  'text-background-shape': 'roundrectangle',
} as const;

/** Node labels always, on a background; a link's kind in words on focus. */
export const NETWORK_STYLE: StylesheetStyle[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      width: 22,
      height: 22,
      'background-color': '#90a4ae',
      ...LABEL_BACKGROUND,
    },
  },
  { selector: 'node[depth = "0"]', style: { 'background-color': '#c62828' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'control-point-step-size': 14,
      opacity: 0.75,
      'font-size': 10,
      'text-rotation': 'autorotate',
      ...LABEL_BACKGROUND,
    },
  },
  ...Object.entries(AGENCY_COLOURS).map(([agency, colour]) => ({
    selector: `edge[agency = "${agency}"]`,
    style: { 'line-color': colour },
  })),
  ...Object.entries(LINK_KINDS).map(([type, kind]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-style': kind.lineStyle },
  })),
  {
    selector: `edge.${FOCUSED}`,
    style: { label: 'data(label)', width: 3, opacity: 1, 'z-index': 10 },
  },
  {
    selector: `node.${FOCUSED}`,
    style: { 'z-index': 10, 'font-weight': 'bold' },
  },
];
