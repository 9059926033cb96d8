import { type SqliteDatabase } from '@marsoc/platform/store';
import { createSqliteDisclosureRequestRepository } from '@marsoc/platform/disclosure-requests';
import { createSqliteDisclosureGrantRepository } from '@marsoc/platform/grants';
import { type Agency } from '@marsoc/schema';
import { createHeldCategoriesQuery } from './findHeldCategoriesQuery';
import { type NcaHmrcRepository } from './NcaHmrcRepository';
import { createSqliteHmrcRepository } from './SqliteHmrcRepository';
import { createSqliteNcaRepository } from './SqliteNcaRepository';

/** Both owners' reads, their disclosure grants and the requests for them, over one embedded store. */
export function createSqliteNcaHmrcRepository(
  database: SqliteDatabase,
): NcaHmrcRepository {
  return {
    ...createSqliteHmrcRepository(database),
    ...createSqliteNcaRepository(database),
    ...createSqliteDisclosureGrantRepository(database),
    ...createSqliteDisclosureRequestRepository(database),
    isNominalHeldBy: createHeldByQuery(database),
    findHeldCategories: createHeldCategoriesQuery(database),
  };
}

/** Each owner's record of a nominal is its base table's row. */
function createHeldByQuery(
  database: SqliteDatabase,
): (nominalId: string, owner: Agency) => boolean {
  const statements: Partial<Record<Agency, { get(id: string): unknown }>> = {
    HMRC: database.prepare<[string]>(
      'SELECT 1 FROM hmrc_taxpayer WHERE nominal_id = ?',
    ),
    NCA: database.prepare<[string]>(
      'SELECT 1 FROM nca_subject WHERE nominal_id = ?',
    ),
  };
  return (nominalId, owner) => statements[owner]?.get(nominalId) !== undefined;
}
