/** The NCA/HMRC subgraph's public face; importing it starts nothing (main.ts does). */
export { ncahmrcService } from './ncahmrcService';
export { ncahmrcSubgraph } from './definition';
export { type NcaHmrcRepository } from './repository/NcaHmrcRepository';
