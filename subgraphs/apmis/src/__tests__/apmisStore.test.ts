import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED, WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type StoreDialect } from '@marsoc/platform/store';
import {
  createTestDatabase,
  type TestDatabase,
} from '@marsoc/platform/testing';
import { sql } from 'kysely';
import {
  type OpenApmisOptions,
  openApmisDatabase,
  openApmisRepository,
  openApmisStore,
} from '../repository/openApmisRepository';

const NO_REFUSAL = 'not refused';

/**
 * The message a query was refused with. Read from the rejection rather than
 * matched with `rejects.toThrow`: a SQLite error is made in the realm of the
 * first test file of a jest worker to load the driver, so in a later file it
 * is no Error to jest's eyes and `toThrow` says nothing was thrown.
 */
function refusalOf(query: unknown): Promise<string> {
  return Promise.resolve(query).then(
    () => NO_REFUSAL,
    (error: unknown) => (error as { message: string }).message,
  );
}

// The APMIS store's tables and seed on both dialects (docs/postgres-store.md,
// the order of the move, step 5): the same migrations make the same checks
// and append-only refusals on the file and on the server.
describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'the APMIS store on %s',
  (dialect) => {
    let database: TestDatabase | undefined;
    let dataDirectory: string;
    let options: OpenApmisOptions;

    beforeEach(async () => {
      dataDirectory = mkdtempSync(join(tmpdir(), 'apmis-store-'));
      database =
        dialect === 'postgres' ? await createTestDatabase('apmis') : undefined;
      options = {
        dataDirectory,
        databaseUrl: database?.url,
        seed: DEFAULT_SEED,
        size: 200,
      };
    });

    afterEach(async () => {
      rmSync(dataDirectory, { recursive: true, force: true });
      await database?.drop();
    });

    /** Runs `work` on the store opened with `options`, closing it after. */
    async function withStore<T>(
      opened: OpenApmisOptions,
      work: (store: Awaited<ReturnType<typeof openApmisStore>>) => Promise<T>,
    ): Promise<T> {
      const store = await openApmisStore(opened);
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    }

    const count = async (
      store: Awaited<ReturnType<typeof openApmisStore>>,
      table: string,
    ) =>
      Number(
        (
          await sql<{
            n: number | string;
          }>`select count(*) as n from ${sql.table(table)}`.execute(store.db)
        ).rows[0]?.n,
      );

    it('is seeded once, and a reopened store is not seeded again', async () => {
      const first = await withStore(options, async (store) => ({
        contents: store.contents,
        events: await count(store, 'cohort_event'),
      }));
      expect(first.contents).toEqual({
        data: 'synthetic',
        seedVersion: `apmis-3:${DEFAULT_SEED}:200`,
      });
      expect(first.events).toBeGreaterThan(129);
      await withStore(options, async (store) => {
        expect(store.contents).toEqual(first.contents);
        expect(await count(store, 'cohort_event')).toBe(first.events);
      });
    });

    it('refuses a change to an append-only log, and a status no vocabulary has', async () => {
      await withStore(options, async (store) => {
        expect(await count(store, 'cohort_event')).toBeGreaterThan(129);
        const refusal = (query: { execute(db: typeof store.db): unknown }) =>
          refusalOf(query.execute(store.db));
        expect(
          await refusal(sql`update cohort_event set detail = 'rewritten'`),
        ).toBe('the cohort event log is append-only');
        expect(await refusal(sql`delete from cohort_event`)).toBe(
          'the cohort event log is append-only',
        );
        expect(
          await refusal(sql`update cohort_nomination set status = 'LOST'`),
        ).toMatch(/check constraint/i);
        expect(
          await refusal(
            sql`update apmis_disruption set supporting_agencies = 'not json'`,
          ),
        ).not.toBe(NO_REFUSAL);
      });
    });

    it('is emptied and seeded again under another seed, its append-only logs included', async () => {
      const scores = async (
        store: Awaited<ReturnType<typeof openApmisStore>>,
      ) =>
        (
          await sql<{
            score: number;
          }>`select morile_score as score from apmis_soc_threat order by id`.execute(
            store.db,
          )
        ).rows;
      const first = await withStore(options, scores);
      await withStore({ ...options, seed: 'another-seed' }, async (store) => {
        expect(store.contents).toEqual({
          data: 'synthetic',
          seedVersion: 'apmis-3:another-seed:200',
        });
        expect(await scores(store)).not.toEqual(first);
        expect(await count(store, 'cohort_event')).toBeGreaterThan(129);
        // Numbered from 1 again, and the next nomination after the seed's.
        const { rows } = await sql<{
          least: number;
          most: number;
          n: number | string;
        }>`select min(id) as least, max(id) as most, count(*) as n from cohort_nomination`.execute(
          store.db,
        );
        expect(rows[0]?.least).toBe(1);
        expect(rows[0]?.most).toBe(Number(rows[0]?.n));
      });
    });

    it('numbers the next nomination a write adds after the seeded ones', async () => {
      await withStore(options, async (store) => {
        const seeded = await count(store, 'cohort_nomination');
        const { rows } = await sql<{ id: number }>`insert into cohort_nomination
            (nominal_id, status, region, nominating_agency, supervision_at_nomination,
             cycle_nominated, nominated_on)
          select nominal_id, 'NOMINATED', region, 'POLICE', 'NONE', 9, '2026-01-01'
          from apmis_nominal
          where nominal_id not in (select nominal_id from cohort_nomination)
          order by nominal_id limit 1
          returning id`.execute(store.db);
        expect(rows[0]?.id).toBe(seeded + 1);
      });
    });
  },
);

describe('APMIS on DATABASE_URL', () => {
  it('opens its repository on the server and reads there, and has no SQLite file handle to give', async () => {
    const database = await createTestDatabase('apmis_on_server');
    const options = {
      dataDirectory: ':memory:',
      databaseUrl: database.url,
      seed: DEFAULT_SEED,
      size: 200,
    };
    try {
      const repository = await openApmisRepository(options);
      try {
        expect(
          await repository.findNominalRecordsByNominalIds([
            WELL_KNOWN_NOMINAL_ID,
          ]),
        ).toEqual([
          expect.objectContaining({ apmisReference: 'APMIS/NW/00001' }),
        ]);
      } finally {
        await repository.close();
      }
      expect(await refusalOf(openApmisDatabase(options))).toMatch(
        /SQLite file handle only on SQLite/,
      );
    } finally {
      await database.drop();
    }
  });
});
