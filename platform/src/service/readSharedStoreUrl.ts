import { type Environment } from '../config';
import { readDatabaseUrl } from '../store';
import { type SubgraphService } from './SubgraphService';

/**
 * The DATABASE_URL a service's store opens on: the setting for a service that
 * declares `sharedStore`; for any other, none, so a subgraph whose store has
 * not moved keeps its SQLite file even where one environment gives the
 * setting to every process. A malformed setting stops a shared store's start
 * (readDatabaseUrl), naming the variable, never its value.
 */
export function readSharedStoreUrl(
  service: Pick<SubgraphService, 'sharedStore'>,
  env: Environment,
): string | undefined {
  return service.sharedStore === true ? readDatabaseUrl(env) : undefined;
}
