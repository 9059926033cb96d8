import { type OwnerDisclosureStore } from '@marsoc/platform/disclosure-requests';
import { type StoreUpkeep } from '@marsoc/platform/store';
import { type HmrcRepository } from './HmrcRepository';
import { type NcaRepository } from './NcaRepository';

/**
 * The subgraph's store: two owners' data side by side. Kept as two interfaces so
 * each agency's reads stay separate (seed 000 E699: two agencies, different
 * funding and engagement), served by one process. Each owner's case-specific
 * disclosures ("Dare to Share", seed 000 E629), and the requests for them,
 * live beside its data, so an approval writes both in one transaction.
 */
export interface NcaHmrcRepository
  extends HmrcRepository, NcaRepository, OwnerDisclosureStore, StoreUpkeep {}
