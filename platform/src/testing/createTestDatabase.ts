import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server tests create their databases on; TEST_DATABASE_URL overrides it. */
export const DEFAULT_TEST_DATABASE_URL =
  'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh PostgreSQL database of a test's own, and how to be rid of it. */
export interface TestDatabase {
  /** Its DATABASE_URL. */
  url: string;
  /** The rows of one statement on it, on a connection of its own: what a test reads back of what services stored. */
  query<Row extends object = Record<string, unknown>>(
    text: string,
    values?: readonly unknown[],
  ): Promise<Row[]>;
  /** Drops it, ending any connection still open to it. */
  drop(): Promise<void>;
}

/**
 * Creates `marsoc_test_<purpose>_<random>` on the real PostgreSQL server
 * (TEST_DATABASE_URL, else the machine's own), so tests never share a
 * database or touch one they did not make. Call drop() in afterAll.
 */
export async function createTestDatabase(
  purpose: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TestDatabase> {
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(purpose))
    throw new Error(`test database purpose '${purpose}' is not a plain name`);
  const serverUrl = env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const name = `marsoc_test_${purpose}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    query: <Row extends object>(text: string, values?: readonly unknown[]) =>
      withClient(url.toString(), async (client) => {
        const result = await client.query<Row>(text, values ? [...values] : []);
        return result.rows;
      }),
    drop: () =>
      onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(statement));
}

async function withClient<Result>(
  url: string,
  use: (client: Client) => Promise<Result>,
): Promise<Result> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
