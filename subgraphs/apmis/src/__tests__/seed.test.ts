import { DEFAULT_SEED } from '@marsoc/platform';
import { type StoreDialect } from '@marsoc/platform/store';
import { createTestDatabase } from '@marsoc/platform/testing';
import { sql } from 'kysely';
import {
  type OpenApmisOptions,
  openApmisStore,
} from '../repository/openApmisRepository';
import { SEEDED_TABLES } from '../repository/seed';

type Dump = Record<string, unknown[]>;

/**
 * What a store seeded with `options` holds, table by table, on the file
 * unless a database is named; rows in a fixed order whatever the dialect's
 * collation, and of nominals up to `lastNominal` if given.
 */
async function readSeeded(
  options: Omit<OpenApmisOptions, 'dataDirectory'> & { databaseUrl?: string },
  lastNominal?: string,
): Promise<Dump> {
  const store = await openApmisStore({ dataDirectory: ':memory:', ...options });
  try {
    const dump: Dump = {};
    for (const table of SEEDED_TABLES) {
      const where = lastNominal
        ? sql`where nominal_id <= ${lastNominal}`
        : sql``;
      const { rows } = await sql<
        Record<string, unknown>
      >`select * from ${sql.table(table)} ${where}`.execute(store.db);
      dump[table] = rows
        .map((row) => JSON.stringify(row))
        .sort()
        .map((text) => JSON.parse(text) as unknown);
    }
    return dump;
  } finally {
    await store.close();
  }
}

describe('seeding the APMIS store', () => {
  it('gives the same rows for the same seed', async () => {
    const first = await readSeeded({ seed: DEFAULT_SEED, size: 200 });
    const second = await readSeeded({ seed: DEFAULT_SEED, size: 200 });
    expect(second).toEqual(first);
    expect(first.apmis_disruption?.length).toBeGreaterThan(307);
  });

  it('gives different rows for another seed', async () => {
    const first = await readSeeded({ seed: DEFAULT_SEED, size: 200 });
    const other = await readSeeded({ seed: 'another-seed', size: 200 });
    expect(other.apmis_disruption).not.toEqual(first.apmis_disruption);
  });

  it("keeps every nominal's records the same whatever the population size", async () => {
    const small = await readSeeded(
      { seed: DEFAULT_SEED, size: 150 },
      'NOM-00150',
    );
    const large = await readSeeded(
      { seed: DEFAULT_SEED, size: 400 },
      'NOM-00150',
    );
    expect(large).toEqual(small);
  });

  // One code path on both dialects (docs/postgres-store.md): the server holds
  // exactly what the file does.
  it.each<StoreDialect>(['postgres'])(
    'writes the same rows on %s as on SQLite',
    async () => {
      const database = await createTestDatabase('apmis_seed');
      try {
        const options = { seed: DEFAULT_SEED, size: 200 };
        const onServer = await readSeeded({
          ...options,
          databaseUrl: database.url,
        });
        expect(onServer.cohort_event?.length).toBeGreaterThan(129);
        expect(onServer).toEqual(await readSeeded(options));
      } finally {
        await database.drop();
      }
    },
  );

  it('seeds 100,000 nominals without error and keeps the MARSOC figures', async () => {
    const store = await openApmisStore({
      dataDirectory: ':memory:',
      seed: DEFAULT_SEED,
      size: 100_000,
    });
    try {
      const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
        (await query.execute(store.db)).rows[0]?.n;
      expect(await count(sql`select count(*) n from apmis_nominal`)).toBe(
        100_000,
      );
      expect(
        await count(
          sql`select count(*) n from apmis_disruption where marsoc_flag = 1`,
        ),
      ).toBe(307);
      expect(
        await count(
          sql`select count(*) n from cohort_nomination where status = 'SELECTED'`,
        ),
      ).toBe(42);
    } finally {
      await store.close();
    }
  }, 120_000);
});
