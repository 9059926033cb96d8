import { type Kysely, sql } from 'kysely';
import { type StoreDialect } from '../connectStore';
import { type StoreMigrations } from '../migrateStore';
import { withoutRowId } from '../dialectDdl';
import { inBatchKeys } from '../inBatchKeys';
import { prepareBatchQuery, prepareQuery } from '../prepareQuery';
import { runInTransaction } from '../runInTransaction';

import { openSubgraphStore, type SubgraphStore } from '../openSubgraphStore';
import {
  createTestStoreSettings,
  type TestStoreSettings,
} from './storeTestSettings';

interface Schema {
  nominal: { id: string; name: string };
}

const FIRST: StoreMigrations = {
  '001_nominal': {
    async up(db, dialect) {
      await db.schema
        .createTable('nominal')
        .ifNotExists()
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull())
        .modifyEnd(withoutRowId(dialect))
        .execute();
    },
  },
};

const SECOND: StoreMigrations = {
  ...FIRST,
  '002_alias': {
    async up(db) {
      await db.schema
        .createTable('alias')
        .addColumn('nominal_id', 'text', (column) =>
          column.notNull().references('nominal.id'),
        )
        .addColumn('alias', 'text', (column) => column.notNull())
        .execute();
    },
  },
};

const typed = (db: Kysely<unknown>) => db as Kysely<Schema>;

describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'a subgraph store on %s',
  (dialect) => {
    let where: TestStoreSettings;
    let seeds: number;
    const open = (
      options: {
        name?: string;
        migrations?: StoreMigrations;
        seedVersion?: string;
        seedSynthetic?: boolean;
      } = {},
    ): Promise<SubgraphStore<Schema>> =>
      openSubgraphStore<Schema>({
        settings: where.settings,
        name: options.name ?? 'police',
        migrations: options.migrations ?? FIRST,
        seedVersion: options.seedVersion ?? 'v1',
        seedSynthetic: options.seedSynthetic,
        async seed(db) {
          seeds += 1;
          await typed(db)
            .insertInto('nominal')
            .values({ id: 'NOM-00001', name: `seeded ${seeds}` })
            .execute();
        },
      });
    const names = async (store: SubgraphStore<Schema>) =>
      (
        await store.db
          .selectFrom('nominal')
          .select('name')
          .orderBy('id')
          .execute()
      ).map((row) => row.name);

    beforeEach(async () => {
      seeds = 0;
      where = await createTestStoreSettings(dialect, 'store');
    });
    afterEach(() => where.remove());

    it('migrates and seeds a new store once, and a reopened one not again', async () => {
      const store = await open();
      expect(store.dialect).toBe(dialect);
      expect(store.contents).toEqual({ data: 'synthetic', seedVersion: 'v1' });
      await store.close();
      const again = await open();
      expect(await names(again)).toEqual(['seeded 1']);
      expect(seeds).toBe(1);
      await again.close();
    });

    it('runs a migration added later, once, keeping the rows', async () => {
      await (await open()).close();
      const store = await open({ migrations: SECOND });
      await sql`insert into alias values ('NOM-00001', 'Tiny')`.execute(
        store.db,
      );
      await store.close();
      const again = await open({ migrations: SECOND });
      const ran = await sql<{
        name: string;
      }>`select name from kysely_migration order by name`.execute(again.db);
      expect(ran.rows.map((row) => row.name)).toEqual([
        '001_nominal',
        '002_alias',
      ]);
      expect(await names(again)).toEqual(['seeded 1']);
      await again.close();
    });

    it('re-seeds a store seeded with another version, and never one with data no seed wrote', async () => {
      await (await open()).close();
      const reseeded = await open({ seedVersion: 'v2' });
      expect(await names(reseeded)).toEqual(['seeded 2']);
      await reseeded.close();

      const other = await open({ name: 'hmpps', seedSynthetic: false });
      expect(other.contents).toEqual({ data: 'empty' });
      await other.db
        .insertInto('nominal')
        .values({ id: 'NOM-09999', name: 'real' })
        .execute();
      await other.close();
      const kept = await open({ name: 'hmpps', seedVersion: 'v3' });
      expect(kept.contents).toEqual({ data: 'existing' });
      expect(await names(kept)).toEqual(['real']);
      await kept.close();
      expect(seeds).toBe(2);
    });

    it('never seeds or empties with seeding off', async () => {
      await (await open()).close();
      const store = await open({ seedVersion: 'v2', seedSynthetic: false });
      expect(store.contents).toEqual({ data: 'synthetic', seedVersion: 'v1' });
      expect(await names(store)).toEqual(['seeded 1']);
      await store.close();
    });

    it('reads a batch of any size in one query with one bound parameter', async () => {
      const store = await open({ seedSynthetic: false });
      const ids = Array.from(
        { length: 1200 },
        (_, index) => `NOM-${String(index).padStart(5, '0')}`,
      );
      for (let start = 0; start < ids.length; start += 400)
        await store.db
          .insertInto('nominal')
          .values(ids.slice(start, start + 400).map((id) => ({ id, name: id })))
          .execute();
      const read = (keys: readonly string[]) =>
        store.db
          .selectFrom('nominal')
          .select('id')
          .where(inBatchKeys(store.dialect, 'id', keys))
          .orderBy('id');
      expect(read(ids).compile().parameters).toHaveLength(1);
      expect((await read(ids).execute()).length).toBe(1200);
      expect(
        await read(['NOM-00007', 'NOM-99999', "x' or 1=1 --"]).execute(),
      ).toEqual([{ id: 'NOM-00007' }]);
      expect(await read([]).execute()).toEqual([]);
      await store.close();
    });

    it('runs a batch query compiled once with each batch as its one parameter, and refuses one that does not filter by batch', async () => {
      const store = await open();
      const find = prepareBatchQuery(store, (keys) =>
        store.db
          .selectFrom('nominal')
          .select(['id', 'name'])
          .where(inBatchKeys(store.dialect, 'id', keys)),
      );
      expect(await find(['NOM-00001', 'NOM-00404'])).toEqual([
        { id: 'NOM-00001', name: 'seeded 1' },
      ]);
      expect(await find(['NOM-00404'])).toEqual([]);
      expect(await find([])).toEqual([]);
      expect(() =>
        prepareBatchQuery(store, () =>
          store.db.selectFrom('nominal').select('id').where('id', '=', 'x'),
        ),
      ).toThrow(/must filter through inBatchKeys/);
      await store.close();
    });

    it('reads a batch of whole-number keys (a row number) in one query, which PostgreSQL would refuse as text', async () => {
      const store = await open({ seedSynthetic: false });
      const db = store.db as unknown as Kysely<{
        numbered: { id: number; label: string };
      }>;
      await db.schema
        .createTable('numbered')
        .addColumn('id', 'integer', (column) => column.primaryKey())
        .addColumn('label', 'text', (column) => column.notNull())
        .execute();
      await db
        .insertInto('numbered')
        .values([1, 2, 3, 40].map((id) => ({ id, label: `row ${id}` })))
        .execute();
      const find = prepareQuery(
        { db, dialect: store.dialect },
        { ids: 'integerKeys' },
        ({ ids }) =>
          db
            .selectFrom('numbered')
            .select(['id', 'label'])
            .where(ids('id'))
            .orderBy('id'),
      );
      expect(await find({ ids: [3, 1, 99] })).toEqual([
        { id: 1, label: 'row 1' },
        { id: 3, label: 'row 3' },
      ]);
      expect(await find({ ids: [] })).toEqual([]);
      expect(
        await db
          .selectFrom('numbered')
          .select('id')
          .where(inBatchKeys(store.dialect, 'id', [40, 2], 'integer'))
          .orderBy('id')
          .execute(),
      ).toEqual([{ id: 2 }, { id: 40 }]);
      await store.close();
    });

    it('runs a query compiled once with named values and batches, each bound wherever it is used, and refuses one that leaves a parameter unused', async () => {
      const store = await open();
      const { db } = store;
      const side = (id: string, name: string) =>
        db
          .selectFrom('nominal')
          .select('id')
          .where('id', '=', id)
          .where('name', '=', name);
      const find = prepareQuery(
        store,
        { id: 'value', name: 'value', others: 'keys' },
        ({ id, name, others }) =>
          side(id, name)
            .union(side(id, name))
            .union(db.selectFrom('nominal').select('id').where(others('id'))),
      );
      const ids = async (values: Parameters<typeof find>[0]) =>
        (await find(values)).map((row) => row.id);
      const [seeded] = await names(store);
      const name = seeded ?? '';
      expect(await ids({ id: 'NOM-00001', name, others: [] })).toEqual([
        'NOM-00001',
      ]);
      expect(
        await ids({ id: 'NOM-00001', name: 'another', others: ['NOM-00001'] }),
      ).toEqual(['NOM-00001']);
      expect(
        await ids({ id: 'NOM-00001', name: 'another', others: ['NOM-00404'] }),
      ).toEqual([]);
      expect(await ids({ id: null, name: null, others: [] })).toEqual([]);
      expect(() =>
        prepareQuery(store, { id: 'value', unused: 'value' }, ({ id }) =>
          db.selectFrom('nominal').select('id').where('id', '=', id),
        ),
      ).toThrow(/must bind its value unused/);
      expect(() =>
        prepareQuery(store, { keys: 'keys' }, () =>
          db.selectFrom('nominal').select('id'),
        ),
      ).toThrow(/must filter through inBatchKeys/);
      await store.close();
    });

    it('never reads what an open transaction has not committed, though a prepared read on SQLite skips Kysely outside one', async () => {
      const store = await open();
      const find = prepareBatchQuery(store, (keys) =>
        store.db
          .selectFrom('nominal')
          .select('id')
          .where(inBatchKeys(store.dialect, 'id', keys)),
      );
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let inserted: () => void = () => undefined;
      const written = new Promise<void>((resolve) => {
        inserted = resolve;
      });
      const transaction = runInTransaction(
        store,
        async (trx) => {
          await trx
            .insertInto('nominal')
            .values({ id: 'NOM-UNCOMMITTED', name: 'rolled back' })
            .execute();
          inserted();
          await released;
          throw new Error('rolled back on purpose');
        },
        { attempts: 1 },
      );
      await written;
      const during = find(['NOM-UNCOMMITTED']);
      release();
      await expect(transaction).rejects.toThrow(/rolled back on purpose/);
      expect(await during).toEqual([]);
      expect(await find(['NOM-00001'])).toEqual([{ id: 'NOM-00001' }]);
      await store.close();
    });
  },
);

describe('two replicas opening one PostgreSQL store at once', () => {
  let where: TestStoreSettings;
  beforeAll(async () => {
    where = await createTestStoreSettings('postgres', 'replicas');
  });
  afterAll(() => where.remove());

  it('migrate once and seed once, each subgraph in its own schema', async () => {
    let seeds = 0;
    const open = (name: string) =>
      openSubgraphStore<Schema>({
        settings: where.settings,
        name,
        migrations: SECOND,
        seedVersion: 'v1',
        async seed(db) {
          seeds += 1;
          await typed(db)
            .insertInto('nominal')
            .values({ id: 'NOM-00001', name })
            .execute();
        },
      });
    const stores = await Promise.all([
      open('apmis'),
      open('apmis'),
      open('ncahmrc'),
      open('ncahmrc'),
    ]);
    expect(seeds).toBe(2);
    const [apmis, , ncahmrc] = stores;
    const migrations = await sql<{
      n: number;
    }>`select count(*)::int as n from apmis.kysely_migration`.execute(
      apmis!.db,
    );
    expect(migrations.rows).toEqual([{ n: 2 }]);
    expect(
      await apmis!.db.selectFrom('nominal').select('name').execute(),
    ).toEqual([{ name: 'apmis' }]);
    expect(
      await ncahmrc!.db.selectFrom('nominal').select('name').execute(),
    ).toEqual([{ name: 'ncahmrc' }]);
    await Promise.all(stores.map((store) => store.close()));
  });
});
