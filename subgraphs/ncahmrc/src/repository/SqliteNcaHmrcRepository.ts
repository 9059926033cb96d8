import { type SqliteDatabase } from '@marsoc/platform';
import { type NcaHmrcRepository } from './NcaHmrcRepository';
import { createSqliteHmrcRepository } from './SqliteHmrcRepository';
import { createSqliteNcaRepository } from './SqliteNcaRepository';

/** Both owners' reads over one embedded store. */
export function createSqliteNcaHmrcRepository(
  database: SqliteDatabase,
): NcaHmrcRepository {
  return {
    ...createSqliteHmrcRepository(database),
    ...createSqliteNcaRepository(database),
  };
}
