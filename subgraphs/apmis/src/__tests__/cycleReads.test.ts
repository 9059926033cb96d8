import { sql } from 'kysely';
import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type StoreDialect, type SubgraphStore } from '@marsoc/platform/store';
import { type ApmisTables } from '../repository/ApmisTables';
import { createCycleReads } from '../repository/createCycleReads';
import { formatReference } from '../repository/references';
import {
  DIALECTS,
  readOnBoth,
  useStoresOnBothDialects,
} from './storesOnBothDialects';

const storeOn = useStoresOnBothDialects('apmis_cycle_reads');

/** Writes a row as the cycle's writes would leave it; answers its generated id, if it has one. */
async function insert(
  store: SubgraphStore<ApmisTables>,
  table: string,
  row: Record<string, string | number | null>,
  returning = true,
): Promise<number> {
  const columns = Object.keys(row);
  const query = sql<{ id: number }>`INSERT INTO ${sql.table(table)}
    (${sql.join(columns.map((column) => sql.ref(column)))})
    VALUES (${sql.join(columns.map((column) => row[column]))})
    ${returning ? sql`RETURNING id` : sql``}`;
  const { rows } = await query.execute(store.db);
  return Number(rows[0]?.id ?? 0);
}

interface Written {
  nominationId: string;
  disruptionId: string;
  recordIds: string[];
  transferId: string;
  actionId: string;
}

/** One of each cycle record about the well-known nominal, the same on either store. */
async function writeCycleRecords(
  store: SubgraphStore<ApmisTables>,
): Promise<Written> {
  const { db } = store;
  const nomination = await db
    .selectFrom('cohort_nomination')
    .select('id')
    .where('nominal_id', '=', WELL_KNOWN_NOMINAL_ID)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const disruption = await db
    .selectFrom('apmis_disruption')
    .select('id')
    .where('nominal_id', '=', WELL_KNOWN_NOMINAL_ID)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const nominal = { nominal_id: WELL_KNOWN_NOMINAL_ID };
  const ofNomination = { ...nominal, nomination_id: nomination.id };
  const record = (status: string, disruptionId: string | null) =>
    insert(store, 'disruption_record', {
      ...nominal,
      region: 'NORTH_WEST',
      disrupted_on: '2024-02-01',
      recorded_on: '2024-02-02',
      lead_agency: 'POLICE',
      supporting_agencies: '["HMRC"]',
      recording_agency: 'POLICE',
      recorded_by: 'recorder',
      four_p: 'PURSUE',
      assessment: 'MINOR',
      description: 'Cash seized at an address',
      arrests: 1,
      marsoc_flag: 1,
      status,
      moderated_by: disruptionId === null ? null : 'lead',
      moderated_at: disruptionId === null ? null : '2024-02-03T10:00:00Z',
      rejection_reason: null,
      disruption_id: disruptionId,
    });
  const recordIds = [
    await record('RECORDED', null),
    await record('MODERATED', disruption.id),
  ];
  await insert(store, 'disruption_flag_change', {
    ...nominal,
    disruption_id: disruption.id,
    from_flag: 0,
    to_flag: 1,
    changed_by: 'lead',
    changed_by_agency: 'MARSOC',
    changed_at: '2024-02-04T10:00:00Z',
    reason: 'Recorded against MARSOC',
  });
  await insert(
    store,
    'cohort_emergency_nomination',
    {
      ...ofNomination,
      reason: 'Imminent risk',
      requested_by: 'analyst',
      requested_at: '2024-02-01T10:00:00Z',
      decision: null,
      decision_reason: null,
      decided_by: null,
      decided_at: null,
    },
    false,
  );
  for (const outcome of ['RETURN', 'PASS'])
    await insert(store, 'cohort_quality_check', {
      ...ofNomination,
      outcome,
      reasons: outcome === 'RETURN' ? '["INFORMATION_MISSING"]' : '[]',
      note: null,
      by_sub: 'lead',
      by_agency: 'MARSOC',
      at: '2024-02-05T10:00:00Z',
    });
  const transferId = await insert(store, 'cohort_transfer', {
    ...ofNomination,
    from_region: 'NORTH_WEST',
    to_region: 'WALES',
    reason: 'Moved to Cardiff',
    requested_by: 'lead',
    requested_at: '2024-02-06T10:00:00Z',
    status: 'PENDING',
    decided_by: null,
    decided_at: null,
    decision_reason: null,
  });
  await insert(
    store,
    'cohort_monitoring_plan',
    {
      ...ofNomination,
      plan: 'Quarterly checks',
      monitoring_agency: 'POLICE',
      review_on: '2024-06-01',
      set_by: 'lead',
      set_at: '2024-02-07T10:00:00Z',
    },
    false,
  );
  const actionId = await insert(store, 'cohort_tpm_action', {
    ...ofNomination,
    action: 'Search the cell for handsets',
    owning_agency: 'HMPPS',
    due_on: '2024-03-01',
    status: 'OPEN',
    raised_at: '2024-02-01T10:00:00Z',
    raised_by: 'analyst',
    updated_at: '2024-02-01T10:00:00Z',
  });
  const meetingId = await insert(store, 'meeting', {
    kind: 'TPM',
    region: 'NORTH_WEST',
    cycle: 7,
    held_on: '2024-02-01',
    status: 'SCHEDULED',
    chair_sub: 'lead',
    scheduled_at: '2024-01-20T09:00:00Z',
  });
  await insert(
    store,
    'cohort_tpm_assignment',
    { action_id: actionId, meeting_id: meetingId, owner_name: 'Owner Name' },
    false,
  );
  await insert(store, 'cohort_tpm_update', {
    ...nominal,
    action_id: actionId,
    from_status: 'OPEN',
    to_status: 'IN_PROGRESS',
    note: null,
    by_sub: 'owner',
    by_agency: 'HMPPS',
    at: '2024-02-08T10:00:00Z',
  });
  return {
    nominationId: formatReference('nomination', nomination.id),
    disruptionId: disruption.id,
    recordIds: recordIds.map((id) => formatReference('disruptionRecord', id)),
    transferId: formatReference('transfer', transferId),
    actionId: formatReference('tpmAction', actionId),
  };
}

const written = new Map<StoreDialect, Written>();
beforeAll(async () => {
  for (const dialect of DIALECTS)
    written.set(dialect, await writeCycleRecords(storeOn(dialect)));
});

/** Every cycle read of what was written, as a resolver would ask for it. */
async function readEverything(store: SubgraphStore<ApmisTables>) {
  const reads = createCycleReads(store);
  const ids = written.get(store.dialect);
  if (ids === undefined) throw new Error('nothing written');
  const { nominationId, disruptionId, recordIds, transferId, actionId } = ids;
  const nominations = [nominationId, 'CN-999999', 'not-a-reference'];
  return {
    records: await reads.findDisruptionRecordsByIds(recordIds),
    recordIds: await reads.findDisruptionRecordIds('NORTH_WEST', null),
    moderated: await reads.findDisruptionRecordIds('NORTH_WEST', 'MODERATED'),
    flagChanges: await reads.findFlagChangesByDisruptionIds([disruptionId]),
    recordDates: await reads.findRecordDatesByDisruptionIds([disruptionId]),
    emergencies: await reads.findEmergenciesByNominationIds(nominations),
    checks: await reads.findQualityChecksByNominationIds(nominations),
    pending: await reads.findPendingTransfersByNominationIds(nominations),
    transfers: await reads.findTransfersByIds([transferId]),
    pendingIds: await reads.findPendingTransferIds('WALES'),
    assignments: await reads.findAssignmentsByActionIds([actionId]),
    updates: await reads.findTpmUpdatesByActionIds([actionId]),
    plans: await reads.findMonitoringPlansByNominationIds(nominations),
    previous: await reads.findPreviousNominationsByNominationIds(nominations),
  };
}

describe.each(DIALECTS)('the cycle reads on %s', (dialect) => {
  it('read back each cycle record written, typed, keyed as the loaders key them', async () => {
    const everything = await readEverything(storeOn(dialect));
    const ids = written.get(dialect);
    expect(everything.records.map((row) => row.id)).toEqual(ids?.recordIds);
    expect(everything.records[1]).toMatchObject({
      supportingAgencies: ['HMRC'],
      marsocFlag: true,
      disruptionId: ids?.disruptionId,
    });
    expect(everything.recordIds).toEqual([...(ids?.recordIds ?? [])].reverse());
    expect(everything.moderated).toEqual([ids?.recordIds[1]]);
    expect(everything.flagChanges).toEqual([
      expect.objectContaining({ fromFlag: false, toFlag: true }),
    ]);
    expect(everything.recordDates).toEqual([
      { disruptionId: ids?.disruptionId, recordedOn: '2024-02-02' },
    ]);
    for (const rows of [
      everything.emergencies,
      everything.pending,
      everything.plans,
    ])
      expect(rows.map((row) => row.nominationId)).toEqual([ids?.nominationId]);
    expect(everything.checks.map((row) => row.reasons)).toEqual([
      ['INFORMATION_MISSING'],
      [],
    ]);
    expect(everything.transfers.map((row) => row.id)).toEqual([
      ids?.transferId,
    ]);
    expect(everything.pendingIds).toEqual([ids?.transferId]);
    expect(everything.assignments).toEqual([
      expect.objectContaining({
        actionId: ids?.actionId,
        nominalId: WELL_KNOWN_NOMINAL_ID,
        meetingId: expect.stringMatching(/^MTG-\d{6}$/),
      }),
    ]);
    expect(everything.updates).toEqual([
      expect.objectContaining({ actionId: ids?.actionId, by: 'owner' }),
    ]);
  });
});

describe('the cycle reads on SQLite and on PostgreSQL', () => {
  it('answer the same rows in the same order', async () => {
    const { sqlite, postgres } = await readOnBoth(storeOn, readEverything);
    expect(postgres).toEqual(sqlite);
  });
});
