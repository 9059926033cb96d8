import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import {
  type DisclosureGrantTables,
  readStoredScope,
} from '@marsoc/platform/grants';
import { describeDatabaseUrl } from '@marsoc/platform/store';
import {
  Agency,
  type DisclosureGrant,
  Purpose,
  type SubgraphName,
} from '@marsoc/schema';
import { SUBGRAPH_SERVICES } from '@marsoc/subgraphs';

/**
 * The stores that keep an owner's disclosure desk (docs/policy-model.md):
 * each owner subgraph's own, beside its data. Read from the service
 * descriptors (an owner's says where its grants are read: findGrants), so a
 * new owner's store is read here without a list to remember.
 */
export const GRANT_STORES: readonly SubgraphName[] = SUBGRAPH_SERVICES.filter(
  ({ findGrants }) => findGrants !== undefined,
).map(({ name }) => name);

/** What one owner's store says about one nominal's grants. */
export interface GrantStoreReading {
  /** The subgraph whose store it is. */
  store: SubgraphName;
  kind: 'ABSENT' | 'NO_GRANT_TABLE' | 'READ';
  /** The SQLite file, or the server, database and schema (never a password). */
  location: string;
  grants: DisclosureGrant[];
  /** Rows naming an agency or purpose outside the vocabulary: they apply to nobody. */
  unreadable: number;
}

/** Where the stores are: the data directory's files, and the server when DATABASE_URL is set. */
export interface GrantStoreSettings {
  dataDirectory: string;
  databaseUrl?: string;
}

/** The columns read, as the desk's table holds them (a store from before scoping: no scope). */
type GrantRow = Omit<
  DisclosureGrantTables['disclosure_grants'],
  'revoked_by' | 'revocation_reason' | 'level'
>;

const COLUMNS = `id, owner, nominal_id, category, recipient, purpose, legal_basis,
  granted_by, granted_at, expires_at, revoked_at`;

/**
 * The case-specific disclosures recorded for a nominal in every owner's
 * store, in id order within each. A store is read on the server when
 * DATABASE_URL is set and its schema there has a desk (the subgraph runs on
 * it), else in its SQLite file. Both are opened read-only: explaining a
 * decision must never change what is recorded.
 */
export async function readDisclosureGrants(
  settings: GrantStoreSettings,
  nominalId: string,
): Promise<GrantStoreReading[]> {
  const server = settings.databaseUrl
    ? await openReadOnly(settings.databaseUrl)
    : undefined;
  try {
    const readings: GrantStoreReading[] = [];
    for (const store of GRANT_STORES) {
      const onServer = server && (await readOnServer(server, store, nominalId));
      readings.push(
        onServer
          ? toReading(store, onServer.location, onServer.rows)
          : readFile(settings.dataDirectory, store, nominalId),
      );
    }
    return readings;
  } finally {
    await server?.client.end();
  }
}

interface Server {
  client: Client;
  location: string;
}

async function openReadOnly(databaseUrl: string): Promise<Server> {
  const location = describeDatabaseUrl(databaseUrl);
  const client = new Client({
    connectionString: databaseUrl,
    options: '-c default_transaction_read_only=on',
  });
  await client.connect();
  return { client, location };
}

/** The store's rows on the server, or undefined when its schema has no desk there. */
async function readOnServer(
  { client, location }: Server,
  store: string,
  nominalId: string,
): Promise<{ location: string; rows: GrantRow[] } | undefined> {
  const table = await client.query<{ found: string | null }>(
    'select to_regclass($1) as found',
    [`${store}.disclosure_grants`],
  );
  if (table.rows[0]?.found == null) return undefined;
  // The schema is a subgraph's name from the contract (GRANT_STORES), never input.
  const rows = await client.query<GrantRow>(
    `select ${COLUMNS}, regions, units from ${store}.disclosure_grants
      where nominal_id = $1 order by id`,
    [nominalId],
  );
  return { location: `postgres ${location} schema ${store}`, rows: rows.rows };
}

/** The subgraph keeps its SQLite store as `<DATA_DIR>/<store>.sqlite`. */
function readFile(
  dataDirectory: string,
  store: GrantStoreReading['store'],
  nominalId: string,
): GrantStoreReading {
  const path = join(dataDirectory, `${store}.sqlite`);
  const empty = { store, location: path, grants: [], unreadable: 0 };
  if (!existsSync(path)) return { ...empty, kind: 'ABSENT' };
  const database = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const table = database
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'disclosure_grants'",
      )
      .get();
    if (!table) return { ...empty, kind: 'NO_GRANT_TABLE' };
    // A store from before grants were scoped has no scope columns: national.
    const scoped = database
      .prepare<[], { name: string }>(
        "SELECT name FROM pragma_table_info('disclosure_grants') WHERE name = 'regions'",
      )
      .get();
    const scope = scoped ? 'regions, units' : 'NULL AS regions, NULL AS units';
    const rows = database
      .prepare<[string], GrantRow>(
        `SELECT ${COLUMNS}, ${scope} FROM disclosure_grants WHERE nominal_id = ? ORDER BY id`,
      )
      .all(nominalId);
    return toReading(store, path, rows);
  } finally {
    database.close();
  }
}

function toReading(
  store: GrantStoreReading['store'],
  location: string,
  rows: readonly GrantRow[],
): GrantStoreReading {
  const grants = rows.flatMap((row) => {
    const grant = toGrant(row);
    return grant ? [grant] : [];
  });
  return {
    store,
    kind: 'READ',
    location,
    grants,
    unreadable: rows.length - grants.length,
  };
}

function toGrant(row: GrantRow): DisclosureGrant | undefined {
  const { owner, recipient, purpose } = row;
  if (!Agency.is(owner) || !Agency.is(recipient) || !Purpose.is(purpose)) {
    return undefined;
  }
  return {
    id: String(row.id),
    owner,
    nominalId: row.nominal_id,
    category: row.category,
    recipient,
    purpose,
    legalBasis: row.legal_basis,
    grantedBy: row.granted_by,
    grantedAt: row.granted_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    ...readStoredScope(row),
  };
}
