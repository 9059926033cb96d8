import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type StoreDialect, type SubgraphStore } from '@marsoc/platform/store';
import { type ApmisTables } from '../repository/ApmisTables';
import { createApmisReads } from '../repository/createApmisReads';
import { createApmisSearch } from '../repository/createApmisSearch';
import { createCohortChanges } from '../repository/createCohortChanges';
import {
  DIALECTS,
  readOnBoth,
  useStoresOnBothDialects,
} from './storesOnBothDialects';

const UNKNOWN_ID = 'NOM-99999';
const BATCH = [WELL_KNOWN_NOMINAL_ID, 'NOM-00002', 'NOM-00150', UNKNOWN_ID];
/** A cohort-sized batch: a DataLoader's batch of a cohort page. */
const HUNDRED = Array.from(
  { length: 100 },
  (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
);

function openReads(store: SubgraphStore<ApmisTables>) {
  return {
    ...createApmisReads(store),
    ...createApmisSearch(store),
    ...createCohortChanges(store),
  };
}
type Reads = ReturnType<typeof openReads>;

function nominalIdsOf(rows: readonly { nominalId: string }[]): string[] {
  return [...new Set(rows.map((row) => row.nominalId))].sort();
}

// The one code path on both dialects (docs/postgres-store.md, step 5): the
// same seeded store, read by the same queries, on the file and on the server.
const storeOn = useStoresOnBothDialects('apmis_reads');
const readsOn = (dialect: StoreDialect): Reads => openReads(storeOn(dialect));

/** The surname search key the seed stored for a nominal. */
async function surnameKeyOf(
  dialect: StoreDialect,
  nominalId: string,
): Promise<string> {
  const row = await storeOn(dialect)
    .db.selectFrom('apmis_search_name')
    .select('surname_key')
    .where('nominal_id', '=', nominalId)
    .executeTakeFirstOrThrow();
  return row.surname_key;
}

describe.each(DIALECTS)('APMIS reads on %s', (dialect) => {
  let repository: Reads;
  beforeAll(() => {
    repository = readsOn(dialect);
    expect(storeOn(dialect).dialect).toBe(dialect);
  });

  it('returns the master-list entry of every requested nominal it holds and nothing for an unknown id', async () => {
    const rows = await repository.findNominalRecordsByNominalIds(BATCH);
    expect(nominalIdsOf(rows)).toEqual([
      WELL_KNOWN_NOMINAL_ID,
      'NOM-00002',
      'NOM-00150',
    ]);
    expect(
      rows.find((row) => row.nominalId === WELL_KNOWN_NOMINAL_ID),
    ).toMatchObject({
      apmisReference: 'APMIS/NW/00001',
      region: 'NORTH_WEST',
      // The North West ROCU's public name, TITAN (seed 003 A:845-860; issue 16 point 7).
      owningUnit: 'TITAN (North West ROCU)',
    });
  });

  it('returns the SOC threats of every requested nominal, since every nominal on the master list has one', async () => {
    const rows = await repository.findSocThreatsByNominalIds(BATCH);
    expect(nominalIdsOf(rows)).toEqual([
      WELL_KNOWN_NOMINAL_ID,
      'NOM-00002',
      'NOM-00150',
    ]);
    for (const row of rows) expect(typeof row.morileScore).toBe('number');
  });

  it('returns disruptions as typed rows ordered by nominal and date', async () => {
    const rows = await repository.findDisruptionsByNominalIds([
      WELL_KNOWN_NOMINAL_ID,
      UNKNOWN_ID,
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(nominalIdsOf(rows)).toEqual([WELL_KNOWN_NOMINAL_ID]);
    const dates = rows.map((row) => row.date);
    expect(dates).toEqual([...dates].sort());
    for (const row of rows) {
      expect(typeof row.marsocFlag).toBe('boolean');
      expect(Array.isArray(row.supportingAgencies)).toBe(true);
    }
  });

  it('returns cohort memberships only for nominated nominals', async () => {
    const rows = await repository.findCohortMembershipsByNominalIds([
      WELL_KNOWN_NOMINAL_ID,
      'NOM-00150',
      UNKNOWN_ID,
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        nominalId: WELL_KNOWN_NOMINAL_ID,
        nominationId: expect.stringMatching(/^CN-\d{6}$/),
        status: 'SELECTED',
        region: 'NORTH_WEST',
      }),
    ]);
  });

  it('reads by nomination reference, bound as whole numbers, and matches nothing for another kind of reference', async () => {
    const [membership] = await repository.findCohortMembershipsByNominalIds([
      WELL_KNOWN_NOMINAL_ID,
    ]);
    const nominationId = String(membership?.nominationId);
    const events = await repository.findCohortEventsByNominationIds([
      nominationId,
      'TPM-000001',
      'not-a-reference',
    ]);
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((row) => row.nominationId))).toEqual(
      new Set([nominationId]),
    );
    const plans = await repository.findFourPPlansByNominationIds([
      nominationId,
    ]);
    expect(plans).toEqual([
      expect.objectContaining({
        nominationId,
        nominalId: WELL_KNOWN_NOMINAL_ID,
      }),
    ]);
    expect(
      await repository.findCohortEventsByNominationIds(['CE-000001']),
    ).toEqual([]);
  });

  it('answers an empty batch, or one of no references of its kind, with no rows', async () => {
    expect(await repository.findNominalRecordsByNominalIds([])).toEqual([]);
    expect(await repository.findSocThreatsByNominalIds([])).toEqual([]);
    expect(await repository.findDisruptionsByNominalIds([])).toEqual([]);
    expect(await repository.findCohortMembershipsByNominalIds([])).toEqual([]);
    expect(await repository.findFourPPlansByNominationIds([])).toEqual([]);
    expect(await repository.findTpmActionsByNominationIds(['x'])).toEqual([]);
    expect(await repository.findCohortEventsByNominationIds([])).toEqual([]);
  });

  it('lists the current cohort of 42 in id order (seed 000 E421), and one region as a subset of it', async () => {
    const all = await repository.findCurrentCohortNominalIds(null);
    expect(all).toHaveLength(42);
    expect(all).toEqual([...all].sort());
    const northWest =
      await repository.findCurrentCohortNominalIds('NORTH_WEST');
    expect(northWest).toContain(WELL_KNOWN_NOMINAL_ID);
    expect(northWest.every((id) => all.includes(id))).toBe(true);
    const regions = (
      await repository.findCohortMembershipsByNominalIds(northWest)
    ).map((row) => row.region);
    expect(new Set(regions)).toEqual(new Set(['NORTH_WEST']));
  });

  it('finds a nominal by APMIS reference, by date of birth and by surname key', async () => {
    const [record] = await repository.findNominalRecordsByNominalIds([
      WELL_KNOWN_NOMINAL_ID,
    ]);
    const surname = await surnameKeyOf(dialect, WELL_KNOWN_NOMINAL_ID);
    const candidates = await repository.findSearchCandidates([
      {
        key: 'reference',
        names: [],
        dateOfBirth: null,
        apmisReference: String(record?.apmisReference),
      },
      {
        key: 'birth',
        names: [],
        dateOfBirth: String(record?.dateOfBirth),
        apmisReference: null,
      },
      {
        key: 'name',
        names: [surname],
        dateOfBirth: null,
        apmisReference: null,
      },
    ]);
    for (const key of ['reference', 'birth', 'name'])
      expect(
        candidates
          .filter((row) => row.queryKey === key)
          .map((row) => row.nominalId),
      ).toContain(WELL_KNOWN_NOMINAL_ID);
    expect(candidates.find((row) => row.queryKey === 'name')).toMatchObject({
      surnameKey: surname,
    });
  });
});

// What a caller reads must not depend on where the store is.
describe('APMIS reads on SQLite and on PostgreSQL', () => {
  type BatchRead = (reads: Reads) => Promise<unknown[]>;
  const onBoth = <T>(read: (reads: Reads) => Promise<T>) =>
    readOnBoth(storeOn, (store) => read(openReads(store)));

  it('answer a cohort-sized batch (100 nominals) with the same rows in the same order', async () => {
    for (const read of [
      (reads) => reads.findNominalRecordsByNominalIds(HUNDRED),
      (reads) => reads.findSocThreatsByNominalIds(HUNDRED),
      (reads) => reads.findDisruptionsByNominalIds(HUNDRED),
      (reads) => reads.findCohortMembershipsByNominalIds(HUNDRED),
    ] as BatchRead[]) {
      const { sqlite, postgres } = await onBoth(read);
      expect(sqlite.length).toBeGreaterThan(0);
      expect(postgres).toEqual(sqlite);
    }
  });

  it('answer the batch nomination reads of those nominals the same', async () => {
    const memberships =
      await readsOn('sqlite').findCohortMembershipsByNominalIds(HUNDRED);
    const nominationIds = memberships.map((row) => row.nominationId);
    expect(nominationIds.length).toBeGreaterThan(20);
    for (const read of [
      (reads) => reads.findFourPPlansByNominationIds(nominationIds),
      (reads) => reads.findTpmActionsByNominationIds(nominationIds),
      (reads) => reads.findCohortEventsByNominationIds(nominationIds),
    ] as BatchRead[]) {
      const { sqlite, postgres } = await onBoth(read);
      expect(postgres).toEqual(sqlite);
    }
    const events =
      await readsOn('postgres').findCohortEventsByNominationIds(nominationIds);
    expect(new Set(events.map((row) => row.nominationId))).toEqual(
      new Set(nominationIds),
    );
  });

  it('list the current cohort, search and change feeds the same', async () => {
    const surname = await surnameKeyOf('sqlite', WELL_KNOWN_NOMINAL_ID);
    const { sqlite, postgres } = await onBoth(async (reads) => ({
      all: await reads.findCurrentCohortNominalIds(null),
      wales: await reads.findCurrentCohortNominalIds('WALES'),
      search: await reads.findSearchCandidates([
        {
          key: 'a',
          names: [surname, 'jones'],
          dateOfBirth: null,
          apmisReference: null,
        },
        {
          key: 'b',
          names: [],
          dateOfBirth: null,
          apmisReference: 'APMIS/NW/00001',
        },
      ]),
      changes: await reads.findCohortChanges([
        {
          key: 'nw',
          region: 'NORTH_WEST',
          since: '2000-01-01',
          until: '2100-01-01',
        },
        {
          key: 'wales',
          region: 'WALES',
          since: '2024-01-01',
          until: '2024-12-31',
        },
      ]),
    }));
    expect(sqlite.search.length).toBeGreaterThan(1);
    expect(sqlite.changes[0]?.events.length).toBeGreaterThan(0);
    expect(sqlite.changes[0]?.disruptions.length).toBeGreaterThan(0);
    expect(postgres).toEqual(sqlite);
  });
});
