/** The police subgraph's public face; importing it starts nothing (main.ts does). */
export { policeService } from './policeService';
export { policeSubgraph } from './definition';
export { type PoliceRepository } from './repository/PoliceRepository';
