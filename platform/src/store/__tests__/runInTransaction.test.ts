import { createBarrier } from '../../testing/createBarrier';
import { type StoreDialect } from '../connectStore';
import { openSubgraphStore, type SubgraphStore } from '../openSubgraphStore';
import { runInTransaction } from '../runInTransaction';
import {
  createTestStoreSettings,
  type TestStoreSettings,
} from './storeTestSettings';

interface Schema {
  nomination: { id: string; state: string };
}

const open = (where: TestStoreSettings) =>
  openSubgraphStore<Schema>({
    settings: where.settings,
    name: 'apmis',
    migrations: {
      '001_nomination': {
        async up(db) {
          await db.schema
            .createTable('nomination')
            .addColumn('id', 'text', (column) => column.primaryKey())
            .addColumn('state', 'text', (column) => column.notNull())
            .execute();
        },
      },
    },
    seedVersion: 'v1',
    async seed(db) {
      await (db as SubgraphStore<Schema>['db'])
        .insertInto('nomination')
        .values({ id: 'NMN-1', state: 'PENDING' })
        .execute();
    },
  });

/**
 * A state machine's transition as a workflow writes one: read the state, and
 * move it only from `from`. `meet` holds the transaction between its read and
 * its write until the other has read too, so the two overlap for certain.
 */
function decide(
  store: SubgraphStore<Schema>,
  to: string,
  meet?: () => Promise<void>,
): Promise<boolean> {
  return runInTransaction(store, async (trx) => {
    const { state } = await trx
      .selectFrom('nomination')
      .select('state')
      .where('id', '=', 'NMN-1')
      .executeTakeFirstOrThrow();
    await meet?.();
    if (state !== 'PENDING') return false;
    await trx
      .updateTable('nomination')
      .set({ state: to })
      .where('id', '=', 'NMN-1')
      .execute();
    return true;
  });
}

const stateOf = async (store: SubgraphStore<Schema>) =>
  (
    await store.db
      .selectFrom('nomination')
      .select('state')
      .executeTakeFirstOrThrow()
  ).state;

describe('two PostgreSQL replicas moving one nomination at once', () => {
  let where: TestStoreSettings;
  beforeAll(async () => {
    where = await createTestStoreSettings('postgres', 'race');
  });
  afterAll(() => where.remove());

  it('lets exactly one win; the other, run again, reads the new state and moves nothing', async () => {
    const first = await open(where);
    const second = await open(where);
    const meet = createBarrier(2);
    const outcomes = await Promise.all([
      decide(first, 'SELECTED', meet),
      decide(second, 'REJECTED', meet),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await stateOf(first)).toBe(outcomes[0] ? 'SELECTED' : 'REJECTED');
    await first.close();
    await second.close();
  });
});

describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'a transaction on %s',
  (dialect) => {
    let where: TestStoreSettings;
    let store: SubgraphStore<Schema>;
    beforeEach(async () => {
      where = await createTestStoreSettings(dialect, 'transaction');
      store = await open(where);
    });
    afterEach(async () => {
      await store.close();
      await where.remove();
    });

    it('of two transitions at once commits one', async () => {
      const outcomes = await Promise.all([
        decide(store, 'SELECTED'),
        decide(store, 'REJECTED'),
      ]);
      expect(outcomes.filter(Boolean)).toHaveLength(1);
    });

    it('writes nothing when its work throws, and runs it once for an error a retry cannot cure', async () => {
      let runs = 0;
      await expect(
        runInTransaction(store, async (trx) => {
          runs += 1;
          await trx
            .updateTable('nomination')
            .set({ state: 'SELECTED' })
            .execute();
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(runs).toBe(1);
      expect(await stateOf(store)).toBe('PENDING');
    });

    it('runs again on a serialization failure, as many times as allowed and no more', async () => {
      let runs = 0;
      const failure = Object.assign(new Error('could not serialize access'), {
        code: '40001',
      });
      await expect(
        runInTransaction(
          store,
          () => {
            runs += 1;
            return Promise.reject(failure);
          },
          { attempts: 4 },
        ),
      ).rejects.toBe(failure);
      expect(runs).toBe(4);
      let tries = 0;
      expect(
        await runInTransaction(store, () => {
          tries += 1;
          return tries < 2 ? Promise.reject(failure) : Promise.resolve('done');
        }),
      ).toBe('done');
    });
  },
);
