import { type Environment } from '@marsoc/platform';
import { describeDatabaseUrl } from '@marsoc/platform/store';

/**
 * DATABASE_URL: the PostgreSQL database the replicas share, NCA/HMRC's data
 * and its disclosure desk in the schema `ncahmrc` (docs/postgres-store.md);
 * unset, the SQLite file in DATA_DIR as before. A URL that is not a
 * postgres:// one stops the start, naming the variable and never its value
 * (it may hold a password).
 */
export function readNcaHmrcDatabaseUrl(env: Environment): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  describeDatabaseUrl(raw);
  return raw;
}
