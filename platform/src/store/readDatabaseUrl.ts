import { type Environment } from '../config';
import { describeDatabaseUrl } from './connectStore';

/**
 * DATABASE_URL: the PostgreSQL database a subgraph's replicas share, its data
 * and its disclosure desk in a schema of its own (docs/postgres-store.md);
 * unset or empty, the SQLite file in DATA_DIR as before. A URL that is not a
 * postgres:// one stops the start, naming the variable and never its value
 * (it may hold a password).
 */
export function readDatabaseUrl(env: Environment): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  describeDatabaseUrl(raw);
  return raw;
}
