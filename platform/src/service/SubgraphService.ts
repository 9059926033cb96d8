import { dirname, extname, join } from 'node:path';
import { SUBGRAPHS, type SubgraphName } from '@marsoc/schema';
import { type LimitsConfig, type LimitsStore } from '../limits';
import { type StoreDescription } from '../store';
import { type FindGrants, type SubgraphDefinition } from '../subgraph';

export interface RepositoryOptions {
  /** The data directory, or ':memory:' in tests. */
  dataDirectory: string;
  seed: string;
  size: number;
  /** Fill an empty store with synthetic data (SEED_SYNTHETIC); true when unset. */
  seedSynthetic?: boolean;
  /** The per-caller limits' store and settings (a service's); tests count in memory. */
  limits?: { store: LimitsStore; config: LimitsConfig };
  /**
   * PostgreSQL instead of the SQLite file (DATABASE_URL): the runner passes it
   * to a service that declares `sharedStore`, and to no other.
   */
  databaseUrl?: string;
}

/**
 * One subgraph as everything that runs it sees it: its `main.ts` (as a
 * service), the in-process supergraph of the cross-service tests and the bench
 * all build it from this, so none of them keeps its own list of how.
 */
export interface SubgraphService<
  Repository = unknown,
  Loaders = unknown,
  Opened extends Repository | Promise<Repository> =
    Repository | Promise<Repository>,
> {
  readonly name: SubgraphName;
  readonly definition: SubgraphDefinition<Repository, Loaders>;
  /** Where its port is read from, and the port when that is unset. */
  readonly portVariable: string;
  readonly defaultPort: number;
  /** The absolute path of the `main.ts` (compiled: `main.js`) that starts it as a process. */
  readonly entry: string;
  /**
   * Keeps its store in DATABASE_URL when that is set, so its replicas share
   * it (docs/postgres-store.md); unset: its SQLite file, whatever the setting.
   * What docker-compose and the replica tests give the setting to.
   */
  readonly sharedStore?: boolean;
  /** Opens its store; a store moved to the one Kysely path opens asynchronously. */
  openRepository(options: RepositoryOptions): Opened;
  /** The owners' case-specific grants, where its own store keeps them. */
  findGrants?(repository: Repository): FindGrants;
  /** Closes the store when the service stops (a pool of connections); unset: nothing to close. */
  closeRepository?(repository: Repository): Promise<void>;
  /** What the store is and holds, for the start-up line; unset: the SQLite file's. */
  describeStore?(repository: Repository): StoreDescription;
}

export type SubgraphServiceParts<
  Repository,
  Loaders,
  Opened extends Repository | Promise<Repository> =
    Repository | Promise<Repository>,
> = Pick<
  SubgraphService<Repository, Loaders, Opened>,
  | 'definition'
  | 'entry'
  | 'sharedStore'
  | 'openRepository'
  | 'findGrants'
  | 'closeRepository'
  | 'describeStore'
>;

/**
 * A subgraph's service descriptor. Its name and port come from the contract's
 * list of subgraphs (which the gateway reads too), so a subgraph the contract
 * does not list is refused here, where it is declared, not at start.
 */
export function defineSubgraphService<
  Repository,
  Loaders,
  Opened extends Repository | Promise<Repository>,
>(
  parts: SubgraphServiceParts<Repository, Loaders, Opened>,
): SubgraphService<Repository, Loaders, Opened> {
  const listed = SUBGRAPHS.find(({ name }) => name === parts.definition.name);
  if (!listed)
    throw new Error(
      `subgraph '${parts.definition.name}' is not in SUBGRAPHS (@marsoc/schema); add it there with its port first`,
    );
  return Object.freeze({
    ...parts,
    name: listed.name,
    portVariable: listed.portVariable,
    defaultPort: listed.defaultPort,
  });
}

/**
 * The `main` module beside `moduleFile` (pass `__filename`), with the same
 * extension: `main.ts` in development, `main.js` in the compiled build.
 */
export function findEntryBeside(moduleFile: string): string {
  return join(dirname(moduleFile), `main${extname(moduleFile)}`);
}
