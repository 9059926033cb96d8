import { type SqliteDatabase } from '@marsoc/platform/store';
import { type ApmisRepository } from '../../repository/ApmisRepository';
import { openApmisSqliteStore } from '../../repository/openApmisRepository';
import { createApmisRepository } from '../../repository/createApmisRepository';

/**
 * An empty APMIS store the indicator tests fill row by row, so every expected
 * figure can be counted by hand. Rows are written straight into the tables
 * (the workflow's own tests cover how they get there).
 */
export interface EmptyStore {
  database: SqliteDatabase;
  repository: ApmisRepository;
  insert: (table: string, row: Record<string, unknown>) => number;
}

export async function openEmptyStore(): Promise<EmptyStore> {
  const store = await openApmisSqliteStore({
    dataDirectory: ':memory:',
    seed: 'indicators',
    size: 0,
    seedSynthetic: false,
  });
  const database = store.legacySqlite;
  // The repository creates the disclosure tables beside APMIS's own.
  const repository = createApmisRepository(store);
  const insert = (table: string, row: Record<string, unknown>): number => {
    const columns = Object.keys(row);
    const values = columns.map((column) => {
      const value = row[column];
      return Array.isArray(value) ? JSON.stringify(value) : value;
    });
    const result = database
      .prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      )
      .run(...values);
    return Number(result.lastInsertRowid);
  };
  return { database, repository, insert };
}

type Insert = EmptyStore['insert'];

export function addNominal(insert: Insert, id: string, region: string): void {
  insert('apmis_nominal', {
    nominal_id: id,
    apmis_reference: `APMIS-${id}`,
    recorded_name: `SURNAME-${id}, Forename`,
    date_of_birth: '1990-01-01',
    region,
    owning_unit: 'ROCU',
  });
}

export interface NominationRow {
  nominal: string;
  region: string;
  agency: string;
  cycle: number;
  status: string;
  decided?: number;
  sro?: string | null;
  lead?: string;
  supporting?: string[];
  deselected?: number;
  reason?: string;
}

const DECISION: Readonly<Record<string, string | null>> = {
  NOMINATED: null,
  NOT_PUT_FORWARD: null,
  NOT_SELECTED: 'DECLINE',
  DEFERRED: 'DEFER',
  REDIRECTED: 'REDIRECT',
  SELECTED: 'ACCEPT',
  DESELECTED: 'ACCEPT',
  EXITED: 'ACCEPT',
};

/** One nomination; its forum decision follows from its status, as the store's CHECKs demand. */
export function addNomination(insert: Insert, row: NominationRow): number {
  const decision = DECISION[row.status] ?? null;
  return insert('cohort_nomination', {
    nominal_id: row.nominal,
    status: row.status,
    region: row.region,
    nominating_agency: row.agency,
    supervision_at_nomination: 'NONE',
    cycle_nominated: row.cycle,
    nominated_on: '2024-01-10',
    forum_decision: decision,
    cycle_decided: decision === null ? null : (row.decided ?? row.cycle),
    senior_responsible_officer:
      decision === 'ACCEPT' ? (row.sro ?? null) : null,
    lead_agency: decision === 'ACCEPT' ? (row.lead ?? row.agency) : null,
    supporting_agencies: row.supporting ?? [],
    cycle_deselected: row.deselected ?? null,
    deselection_reason: row.reason ?? null,
    exited_on: row.status === 'EXITED' ? '2024-06-01' : null,
  });
}

export function addMeeting(
  insert: Insert,
  meeting: { kind: string; region: string; cycle: number },
  members: readonly { agency: string; attendance: string | null }[],
): number {
  const id = insert('meeting', {
    ...meeting,
    held_on: '2024-02-01',
    status: 'SCHEDULED',
    chair_sub: 'lead',
    scheduled_at: '2024-01-20T09:00:00Z',
  });
  const member = (
    sub: string,
    agency: string,
    attendance: string | null,
    isChair: number,
  ) =>
    insert('meeting_member', {
      meeting_id: id,
      sub,
      name: `Member ${sub}`,
      agency,
      unit: 'Unit',
      vetting: 'SC',
      is_chair: isChair,
      attendance,
    });
  member('lead', 'MARSOC', 'PRESENT', 1);
  members.forEach((row, index) =>
    member(`member-${index}`, row.agency, row.attendance, 0),
  );
  return id;
}

export function addTpmAction(
  insert: Insert,
  action: {
    nomination: number;
    nominal: string;
    agency: string;
    status: string;
    tpm?: number;
  },
): number {
  const id = insert('cohort_tpm_action', {
    nomination_id: action.nomination,
    nominal_id: action.nominal,
    action: 'Search the cell for handsets',
    owning_agency: action.agency,
    due_on: '2024-03-01',
    status: action.status,
    raised_at: '2024-02-01T10:00:00Z',
    raised_by: 'analyst',
    updated_at: '2024-02-02T10:00:00Z',
  });
  if (action.tpm !== undefined)
    insert('cohort_tpm_assignment', {
      action_id: id,
      meeting_id: action.tpm,
      owner_name: 'Owner Name',
    });
  return id;
}

let sequence = 0;

export function addGrant(
  insert: Insert,
  nominal: string,
  recipient: string,
): void {
  sequence += 1;
  insert('disclosure_grants', {
    id: `grant-${sequence}`,
    owner: 'MARSOC',
    nominal_id: nominal,
    category: 'SOC_THREAT',
    recipient,
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    legal_basis: 'DPA 2018 s.35',
    granted_by: 'disclosure-officer',
    granted_at: '2024-02-01T10:00:00Z',
    expires_at: '2025-02-01T10:00:00Z',
  });
}

export function addRequest(
  insert: Insert,
  request: { nominal: string; region: string; agency: string; status: string },
): void {
  sequence += 1;
  const granted = ['APPROVED', 'PARTIALLY_APPROVED'].includes(request.status);
  insert('disclosure_requests', {
    id: `request-${sequence}`,
    owner: 'MARSOC',
    nominal_id: request.nominal,
    category: 'SOC_THREAT',
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    justification: 'Subject profile for the TPM',
    urgency: 'ROUTINE',
    for_region: request.region,
    for_unit: 'ROCU',
    requested_by: `requester-${sequence}`,
    requester_agency: request.agency,
    client_request_id: `client-${sequence}`,
    status: request.status,
    raised_at: '2024-02-01T10:00:00Z',
    pending_since: '2024-02-01T10:00:00Z',
    respond_by: '2024-02-08T10:00:00Z',
    closed_at: request.status === 'PENDING' ? null : '2024-02-03T10:00:00Z',
    grant_id: granted ? `grant-for-${sequence}` : null,
  });
}

export function addDisruption(
  insert: Insert,
  disruption: { nominal: string; agency: string; marsoc: boolean },
): string {
  sequence += 1;
  const id = `DIS-${sequence}`;
  insert('apmis_disruption', {
    id,
    nominal_id: disruption.nominal,
    disrupted_on: '2024-02-01',
    lead_agency: disruption.agency,
    supporting_agencies: [],
    recording_agency: disruption.agency,
    four_p: 'PURSUE',
    assessment: 'MINOR',
    description: 'Cash seized at an address',
    marsoc_flag: disruption.marsoc ? 1 : 0,
    arrests: 0,
  });
  return id;
}

/** A disruption recorded through the gateway: RECORDED, MODERATED (onto APMIS) or REJECTED. */
export function addDisruptionRecord(
  insert: Insert,
  record: { nominal: string; region: string; agency: string; status: string },
): void {
  const disruption =
    record.status === 'MODERATED'
      ? addDisruption(insert, {
          nominal: record.nominal,
          agency: record.agency,
          marsoc: true,
        })
      : null;
  insert('disruption_record', {
    nominal_id: record.nominal,
    region: record.region,
    disrupted_on: '2024-02-01',
    recorded_on: '2024-02-02',
    lead_agency: record.agency,
    supporting_agencies: [],
    recording_agency: record.agency,
    recorded_by: 'recorder',
    four_p: 'PURSUE',
    assessment: 'MINOR',
    description: 'Cash seized at an address',
    arrests: 0,
    marsoc_flag: 1,
    status: record.status,
    moderated_by: record.status === 'RECORDED' ? null : 'lead',
    moderated_at: record.status === 'RECORDED' ? null : '2024-02-03T10:00:00Z',
    rejection_reason: record.status === 'REJECTED' ? 'Not a disruption' : null,
    disruption_id: disruption,
  });
}
