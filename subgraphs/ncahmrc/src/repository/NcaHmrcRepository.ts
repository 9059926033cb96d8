import { type HmrcRepository } from './HmrcRepository';
import { type NcaRepository } from './NcaRepository';

/**
 * The subgraph's store: two owners' data side by side. Kept as two interfaces so
 * each agency's reads stay separate (seed 000 E699: two agencies, different
 * funding and engagement), served by one process.
 */
export interface NcaHmrcRepository extends HmrcRepository, NcaRepository {}
