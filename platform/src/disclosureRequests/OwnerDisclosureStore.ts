import { type Agency, type DataCategory } from '@marsoc/schema';
import {
  createSqliteDisclosureGrantRepository,
  DISCLOSURE_GRANTS_SCHEMA_SQL,
  type DisclosureGrantRepository,
} from '../grants';
import { type SqliteDatabase } from '../store';
import {
  createHeldCategoriesQuery,
  type HeldCategoriesSql,
} from './createHeldCategoriesQuery';
import { createSqliteDisclosureRequestRepository } from './createSqliteDisclosureRequestRepository';
import { type DisclosureRequestRepository } from './DisclosureRequestRepository';
import { DISCLOSURE_REQUESTS_SCHEMA_SQL } from './disclosureRequestsSchemaSql';

/**
 * An owner's disclosures beside its data, in one store: its case-specific
 * grants ("Dare to Share", seed 000 E629), the requests for them, and what it
 * holds of a nominal, so an approval writes its grant and its decision in one
 * transaction and a raise is judged on the owner's own holdings.
 */
export interface OwnerDisclosureStore
  extends DisclosureGrantRepository, DisclosureRequestRepository {
  /** The categories `owner` holds anything of for the nominal: one read for all of them. */
  findHeldCategories(
    owner: Agency,
    nominalId: string,
  ): ReadonlySet<DataCategory>;
}

/**
 * The disclosure store over a subgraph's SQLite database, its tables created
 * beside the owner's data if they are not there yet (the DDL is idempotent).
 * They survive restarts; a re-seed of the database starts them afresh, since
 * the nominals they name are regenerated.
 */
export function createSqliteOwnerDisclosureStore(
  database: SqliteDatabase,
  heldCategoriesSql: HeldCategoriesSql,
): OwnerDisclosureStore {
  database.exec(DISCLOSURE_GRANTS_SCHEMA_SQL + DISCLOSURE_REQUESTS_SCHEMA_SQL);
  return {
    ...createSqliteDisclosureGrantRepository(database),
    ...createSqliteDisclosureRequestRepository(database),
    findHeldCategories: createHeldCategoriesQuery(database, heldCategoriesSql),
  };
}
