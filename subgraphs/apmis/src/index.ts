/** The APMIS subgraph's public face; importing it starts nothing (main.ts does). */
export { apmisService } from './apmisService';
export { apmisSubgraph } from './definition';
export { type ApmisRepository } from './repository/ApmisRepository';
