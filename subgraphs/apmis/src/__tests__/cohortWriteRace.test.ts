import { DEFAULT_SEED } from '@marsoc/platform';
import { type SubgraphStore } from '@marsoc/platform/store';
import {
  createBarrier,
  createTestDatabase,
  TEST_CALLER,
  type TestDatabase,
} from '@marsoc/platform/testing';
import { type Caller, Region } from '@marsoc/schema';
import { sql } from 'kysely';
import { checkNominationQuality } from '../handoffs/nominationHandoffs';
import { type ApmisWrites } from '../repository/ApmisWrites';
import { type CohortStore } from '../repository/CohortStore';
import { type ApmisTables } from '../repository/ApmisTables';
import { createApmisWrites } from '../repository/createApmisWrites';
import { openApmisStore } from '../repository/openApmisRepository';
import { nominate, recordForumDecision } from '../workflow/nominationCommands';
import { FRESH_NOMINAL, NOMINATOR, nominationOf } from './cohortTestKit';
import { type CohortRequest } from '../workflow/runCohortChange';

/** A Regional Lead of every region: the region is no part of what is raced. */
const LEAD: Caller = {
  ...TEST_CALLER,
  sub: 'test-race-lead',
  agency: 'MARSOC',
  unit: 'MARSOC Hub',
  roles: ['REGIONAL_LEAD'],
  regions: [...Region.values],
  vetting: 'SC',
};

const request: CohortRequest = {
  caller: LEAD,
  purpose: {
    purpose: 'COHORT_MANAGEMENT',
    justification: 'Race test of two APMIS replicas',
  },
  now: '2026-05-01T09:30:00.000Z',
  accessTo: () => 'FULL',
};

/**
 * The replica's writes with each PSF decision held, its nomination read
 * NOMINATED, until the other replica has got as far: the two transactions
 * overlap for certain, with no sleep.
 */
function holdingDecisions(
  writes: ApmisWrites,
  meet: () => Promise<void>,
): ApmisWrites {
  const held = (cohort: CohortStore): CohortStore =>
    new Proxy(cohort, {
      get(target, key) {
        if (key === 'recordForumDecision')
          return async (
            ...args: Parameters<CohortStore['recordForumDecision']>
          ) => {
            await meet();
            return target.recordForumDecision(...args);
          };
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return {
    reads: writes.reads,
    transaction: (work) =>
      writes.transaction((stores) =>
        work({ ...stores, cohort: held(stores.cohort) }),
      ),
  };
}

// Two replicas of APMIS on one PostgreSQL database (docs/postgres-store.md,
// step 5): every cohort change is one serializable transaction, so of two
// replicas making the same transition at once exactly one applies.
describe('two PostgreSQL replicas of APMIS writing one nomination at once', () => {
  let database: TestDatabase;
  let stores: SubgraphStore<ApmisTables>[];

  beforeEach(async () => {
    database = await createTestDatabase('apmis_race');
    const options = {
      dataDirectory: ':memory:',
      databaseUrl: database.url,
      seed: DEFAULT_SEED,
      size: 200,
    };
    stores = [await openApmisStore(options), await openApmisStore(options)];
  });

  afterEach(async () => {
    for (const store of stores) await store.close();
    await database.drop();
  });

  /** A fresh nomination of FRESH_NOMINAL, made through the first replica, awaiting the PSF. */
  async function nominateFresh(
    store: SubgraphStore<ApmisTables>,
  ): Promise<{ nominalId: string; cycle: number }> {
    const nominated = await createApmisWrites(store).transaction(({ cohort }) =>
      nominate(
        cohort,
        { ...request, caller: NOMINATOR },
        nominationOf(FRESH_NOMINAL),
      ),
    );
    expect(nominated.status).toBe('NOMINATED');
    return { nominalId: FRESH_NOMINAL, cycle: 7 };
  }

  async function countRows(
    store: SubgraphStore<ApmisTables>,
    query: ReturnType<typeof sql<{ count: string | number }>>,
  ): Promise<number> {
    const { rows } = await query.execute(store.db);
    return Number(rows[0]?.count);
  }

  it('declines it once: one decision and one event; the other, run again, is refused as a stale transition', async () => {
    const [first, second] = stores as [
      SubgraphStore<ApmisTables>,
      SubgraphStore<ApmisTables>,
    ];
    const target = await nominateFresh(first);
    const meet = createBarrier(2);
    const replicas = [first, second].map((store) =>
      holdingDecisions(createApmisWrites(store), meet),
    );
    const decline = (writes: ApmisWrites) =>
      writes.transaction(({ cohort }) =>
        recordForumDecision(cohort, request, {
          nominalId: target.nominalId,
          decision: 'DECLINE',
          cycle: target.cycle,
          reason: 'Declined at the PSF in the race test',
        }),
      );
    const outcomes = await Promise.allSettled(replicas.map(decline));
    const applied = outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value] : [],
    );
    const refused = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason as Error] : [],
    );
    expect(applied.map((row) => row.status)).toEqual(['NOT_SELECTED']);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      extensions: { code: 'INVALID_TRANSITION' },
    });
    expect(refused[0]?.message).toMatch(/NOT_SELECTED/);
    const events = await countRows(
      second,
      sql<{
        count: string | number;
      }>`SELECT count(*) AS "count" FROM cohort_event e
        JOIN cohort_nomination n ON n.id = e.nomination_id
        WHERE n.nominal_id = ${target.nominalId} AND e.transition = 'DECLINE'`,
    );
    expect(events).toBe(1);
  });

  it('applies a client request id retried on the other replica once, answering with the first result', async () => {
    const [first, second] = stores as [
      SubgraphStore<ApmisTables>,
      SubgraphStore<ApmisTables>,
    ];
    const target = await nominateFresh(first);
    const input = {
      nominalId: target.nominalId,
      clientRequestId: 'race-quality-check-1',
      outcome: 'PASS',
    };
    const check = (store: SubgraphStore<ApmisTables>) =>
      createApmisWrites(store).transaction((writeStores) =>
        checkNominationQuality(writeStores, request, input),
      );
    const answered = [await check(first), await check(second)];
    expect(answered[1]).toBe(answered[0]);
    expect(answered[0]).toMatch(/^CN-\d{6}$/);
    const checks = await countRows(
      second,
      sql<{
        count: string | number;
      }>`SELECT count(*) AS "count" FROM cohort_quality_check q
        JOIN cohort_nomination n ON n.id = q.nomination_id
        WHERE n.nominal_id = ${target.nominalId}`,
    );
    const logged = await countRows(
      first,
      sql<{
        count: string | number;
      }>`SELECT count(*) AS "count" FROM cycle_write
        WHERE client_request_id = ${input.clientRequestId}`,
    );
    expect([checks, logged]).toEqual([1, 1]);
  });
});
