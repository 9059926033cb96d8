import { sql } from 'kysely';
import { buildDisclosureDeskTables } from '@marsoc/platform/disclosure-requests';
import {
  ddlTextFor,
  runDdl,
  type StoreMigrations,
} from '@marsoc/platform/store';
import { apmisTablesDdl } from './apmisTables.sql';

/**
 * The APMIS store's versioned migrations (docs/postgres-store.md): never
 * edited once landed; a change is a new one after them. 001 makes the tables
 * the earlier code made, with their checks, keys, indexes and append-only
 * triggers, each only where absent, so a store that code made is adopted as
 * it is (its triggers replaced by the same refusals, which let the seed's
 * own emptying through).
 */
export const APMIS_MIGRATIONS: StoreMigrations = {
  '001_tables': {
    async up(db, dialect) {
      for (const statement of apmisTablesDdl(ddlTextFor(dialect)))
        await sql.raw(statement).execute(db);
    },
  },
  // MARSOC's grants and requests beside its data (the platform's one
  // definition); a store that has them from the earlier code keeps them.
  '002_disclosure_desk': {
    up: (db, dialect) => runDdl(db, dialect, buildDisclosureDeskTables),
  },
};
