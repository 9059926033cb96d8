/** The HMPPS subgraph's public face; importing it starts nothing (main.ts does). */
export { hmppsService } from './hmppsService';
export { hmppsSubgraph } from './definition';
export { type HmppsRepository } from './repository/HmppsRepository';
