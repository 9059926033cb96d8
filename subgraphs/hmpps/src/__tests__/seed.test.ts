import { formatNominalId, WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type StoreDialect } from '@marsoc/platform/store';
import { createTestDatabase } from '@marsoc/platform/testing';
import {
  createHmppsRecordReads,
  type HmppsRecordReads,
} from '../repository/createHmppsRepository';
import {
  openHmppsStore,
  type OpenHmppsRepositoryOptions,
} from '../repository/openHmppsRepository';
import { TEST_STORE } from './fixtures';

/** Everything a store holds on the given nominals, read through the repository. */
async function readEverything(reads: HmppsRecordReads, ids: string[]) {
  return {
    custody: await reads.findCustodyByNominalIds(ids),
    movements: await reads.findMovementsByNominalIds(ids),
    adjudications: await reads.findAdjudicationsByNominalIds(ids),
    seizures: await reads.findSeizuresByNominalIds(ids),
    visits: await reads.findVisitsByNominalIds(ids),
    phoneContacts: await reads.findPhoneContactsByNominalIds(ids),
    probation: await reads.findProbationByNominalIds(ids),
    licenceConditions: await reads.findLicenceConditionsByNominalIds(ids),
    risk: await reads.findRiskByNominalIds(ids),
    associateLinks: await reads.findAssociateLinksByNominalIds(ids),
  };
}

/** What a store seeded with `options` holds on `ids`, on the file unless a database is named. */
async function readSeeded(
  options: OpenHmppsRepositoryOptions,
  ids: string[],
): Promise<Awaited<ReturnType<typeof readEverything>>> {
  const store = await openHmppsStore(options);
  try {
    return await readEverything(createHmppsRecordReads(store), ids);
  } finally {
    await store.close();
  }
}

function idsUpTo(count: number): string[] {
  return Array.from({ length: count }, (_, index) => formatNominalId(index));
}

describe('the HMPPS seed', () => {
  const ids = idsUpTo(TEST_STORE.size);

  it('seeds the same rows from the same seed', async () => {
    expect(await readSeeded(TEST_STORE, ids)).toEqual(
      await readSeeded(TEST_STORE, ids),
    );
  });

  it('seeds different records from a different seed', async () => {
    expect(
      await readSeeded({ ...TEST_STORE, seed: 'another-seed' }, ids),
    ).not.toEqual(await readSeeded(TEST_STORE, ids));
  });

  it("keeps a nominal's records the same whatever the population size", async () => {
    const first200 = idsUpTo(200);
    expect(await readSeeded({ ...TEST_STORE, size: 200 }, first200)).toEqual(
      await readSeeded(TEST_STORE, first200),
    );
  });

  // One code path on both dialects (docs/postgres-store.md): the server holds
  // exactly what the file does, read back in the same order.
  it.each<StoreDialect>(['postgres'])(
    'writes the same rows on %s as on SQLite',
    async () => {
      const database = await createTestDatabase('hmpps_seed');
      try {
        const onServer = await readSeeded(
          { ...TEST_STORE, databaseUrl: database.url },
          ids,
        );
        expect(onServer.custody.length).toBeGreaterThan(100);
        expect(onServer).toEqual(await readSeeded(TEST_STORE, ids));
      } finally {
        await database.drop();
      }
    },
  );

  it('seeds 100,000 nominals, the benchmark scale', async () => {
    const store = await openHmppsStore({ ...TEST_STORE, size: 100_000 });
    const reads = createHmppsRecordReads(store);
    const everyone = idsUpTo(100_000);
    try {
      expect(
        (await reads.findCustodyByNominalIds([WELL_KNOWN_NOMINAL_ID]))[0]
          ?.establishment,
      ).toBe('HMP Altcourse');
      expect(
        await reads.findCustodyByNominalIds([formatNominalId(100_000)]),
      ).toEqual([]);
      // About half the population is in custody and a quarter under probation, 70% of them with a prison past.
      expect(
        (await reads.findCustodyByNominalIds(everyone)).length,
      ).toBeGreaterThan(60_000);
      expect(
        (await reads.findProbationByNominalIds(everyone)).length,
      ).toBeGreaterThan(70_000);
    } finally {
      await store.close();
    }
  }, 180_000);
});
