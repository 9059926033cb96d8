/** The four agency subgraphs and the audit subgraph, their default ports, and the folder each lives in. */
export const SUBGRAPHS = [
  { name: 'police', portVariable: 'POLICE_PORT', defaultPort: 4001 },
  { name: 'hmpps', portVariable: 'HMPPS_PORT', defaultPort: 4002 },
  { name: 'ncahmrc', portVariable: 'NCAHMRC_PORT', defaultPort: 4003 },
  { name: 'apmis', portVariable: 'APMIS_PORT', defaultPort: 4004 },
  { name: 'audit', portVariable: 'AUDIT_PORT', defaultPort: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
