import { createStoreOwnerDesk } from '@marsoc/platform/disclosure-requests';
import { createStoreUpkeep, type SubgraphStore } from '@marsoc/platform/store';
import { type ApmisRepository } from './ApmisRepository';
import { type ApmisTables } from './ApmisTables';
import {
  createInMemorySearchRateLimiter,
  type SearchRateLimiter,
} from '../search/SearchRateLimiter';
import { APMIS_HOLDINGS } from './apmisHeldCategories';
import { createApmisReads } from './createApmisReads';
import { createApmisSearch } from './createApmisSearch';
import { createApmisWrites } from './createApmisWrites';
import { createCohortChanges } from './createCohortChanges';
import { createCycleReads } from './createCycleReads';
import { createPerformanceReports } from './createPerformanceReports';

/**
 * APMIS over its store, on either dialect: the reads (each one compiled query
 * per batch), the writes (one serializable transaction each) and MARSOC's
 * disclosure desk, all on the store's one Kysely instance. On SQLite that
 * matters: Kysely's driver serialises the transactions of one instance on the
 * file's one connection, and a read outside a transaction runs on the handle
 * directly only while none is open (readSqliteDirectly), so no read sees a
 * write's uncommitted rows.
 */
export function createApmisRepository(
  store: SubgraphStore<ApmisTables>,
  searchRateLimiter: SearchRateLimiter = createInMemorySearchRateLimiter(),
): ApmisRepository {
  return {
    ...createApmisReads(store),
    ...createApmisSearch(store),
    ...createCohortChanges(store),
    writes: createApmisWrites(store),
    performance: createPerformanceReports(store),
    disclosures: createStoreOwnerDesk(store, APMIS_HOLDINGS),
    cycleStore: createCycleReads(store),
    searchRateLimiter,
    ...createStoreUpkeep(store),
  };
}
