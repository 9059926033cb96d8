import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { apmisService } from '../../apmisService';
import {
  addDisruption,
  addDisruptionRecord,
  addGrant,
  addMeeting,
  addNominal,
  addNomination,
  addRequest,
  addTpmAction,
  openEmptyStore,
  type EmptyStore,
} from './indicatorStore';

/**
 * Each Performance Framework indicator (seed 000 Table B1, E771-E829) over a
 * small store built row by row; every expected figure is counted by hand from
 * the rows below.
 */
let store: EmptyStore;
afterAll(() => store.repository.close());

beforeAll(async () => {
  store = await openEmptyStore();
  const { insert } = store;
  for (const id of ['N1', 'N2', 'N3', 'N4', 'N5'])
    addNominal(insert, id, 'NORTH_WEST');
  for (const id of ['N6', 'N7', 'N8']) addNominal(insert, id, 'LONDON');
  const nw = { region: 'NORTH_WEST' };
  const london = { region: 'LONDON' };
  const a = addNomination(insert, {
    ...nw,
    nominal: 'N1',
    agency: 'POLICE',
    cycle: 1,
    status: 'SELECTED',
    sro: 'DCI Madeup',
    supporting: ['HMPPS'],
  });
  addNomination(insert, {
    ...nw,
    nominal: 'N2',
    agency: 'HMPPS',
    cycle: 1,
    status: 'SELECTED',
    sro: null,
  });
  addNomination(insert, {
    ...nw,
    nominal: 'N3',
    agency: 'POLICE',
    cycle: 1,
    status: 'DESELECTED',
    sro: 'DI Notreal',
    deselected: 2,
    reason: 'THREAT_LEVEL_REDUCED',
  });
  addNomination(insert, {
    ...nw,
    nominal: 'N4',
    agency: 'NCA',
    cycle: 2,
    status: 'NOT_SELECTED',
  });
  addNomination(insert, {
    ...nw,
    nominal: 'N5',
    agency: 'POLICE',
    cycle: 2,
    status: 'NOT_PUT_FORWARD',
  });
  const f = addNomination(insert, {
    ...london,
    nominal: 'N6',
    agency: 'POLICE',
    cycle: 2,
    status: 'SELECTED',
    sro: 'DI Imaginary',
    lead: 'NCA',
  });
  addNomination(insert, {
    ...london,
    nominal: 'N7',
    agency: 'HMPPS',
    cycle: 2,
    status: 'EXITED',
    sro: 'DS Fictional',
    deselected: 3,
    reason: 'LACK_OF_INTELLIGENCE',
    supporting: ['POLICE'],
  });
  addNomination(insert, {
    ...london,
    nominal: 'N8',
    agency: 'POLICE',
    cycle: 3,
    status: 'NOMINATED',
  });

  addMeeting(insert, { ...nw, kind: 'PSF', cycle: 2 }, [
    { agency: 'POLICE', attendance: 'PRESENT' },
    { agency: 'HMPPS', attendance: 'PRESENT' },
    { agency: 'NCA', attendance: 'APOLOGIES' },
    { agency: 'DWP', attendance: 'SILENT_ATTENDEE' },
    { agency: 'HMRC', attendance: null },
  ]);
  const tpm = addMeeting(insert, { ...nw, kind: 'TPM', cycle: 2 }, [
    { agency: 'POLICE', attendance: 'PRESENT' },
    { agency: 'HMPPS', attendance: 'ABSENT' },
  ]);
  addMeeting(insert, { ...london, kind: 'PSF', cycle: 2 }, [
    { agency: 'POLICE', attendance: 'PRESENT' },
  ]);

  addTpmAction(insert, {
    nomination: a,
    nominal: 'N1',
    agency: 'HMPPS',
    status: 'REJECTED',
    tpm,
  });
  addTpmAction(insert, {
    nomination: a,
    nominal: 'N1',
    agency: 'POLICE',
    status: 'COMPLETED',
    tpm,
  });
  addTpmAction(insert, {
    nomination: f,
    nominal: 'N6',
    agency: 'NCA',
    status: 'REJECTED',
  });

  addGrant(insert, 'N1', 'POLICE');
  addGrant(insert, 'N1', 'POLICE');
  addGrant(insert, 'N6', 'NCA');
  addRequest(insert, {
    nominal: 'N1',
    region: 'NORTH_WEST',
    agency: 'POLICE',
    status: 'APPROVED',
  });
  addRequest(insert, {
    nominal: 'N2',
    region: 'NORTH_WEST',
    agency: 'POLICE',
    status: 'DECLINED',
  });
  addRequest(insert, {
    nominal: 'N2',
    region: 'NORTH_WEST',
    agency: 'POLICE',
    status: 'PENDING',
  });
  addRequest(insert, {
    nominal: 'N6',
    region: 'LONDON',
    agency: 'HMRC',
    status: 'PARTIALLY_APPROVED',
  });

  addDisruption(insert, { nominal: 'N1', agency: 'POLICE', marsoc: true });
  addDisruption(insert, { nominal: 'N1', agency: 'HMPPS', marsoc: true });
  addDisruption(insert, { nominal: 'N6', agency: 'POLICE', marsoc: false });
  addDisruptionRecord(insert, {
    nominal: 'N2',
    region: 'NORTH_WEST',
    agency: 'POLICE',
    status: 'MODERATED',
  });
  addDisruptionRecord(insert, {
    nominal: 'N2',
    region: 'NORTH_WEST',
    agency: 'POLICE',
    status: 'RECORDED',
  });
  addDisruptionRecord(insert, {
    nominal: 'N6',
    region: 'LONDON',
    agency: 'NCA',
    status: 'REJECTED',
  });
});

interface Row {
  region?: string | null;
  cycle?: number | null;
  agency?: string | null;
  breakdown?: string | null;
  value: number;
  denominator?: number | null;
}

async function ask(
  name: string,
  by: string[] = [],
  filters = '',
): Promise<Row[]> {
  const keys = by.map((grouping) => grouping.toLowerCase()).join(' ');
  const result = await createSubgraphTestServer(apmisService, {
    repository: store.repository,
  }).execute(
    `{ performance { indicator(name: ${name}, by: [${by.join(', ')}] ${filters}) { ${keys} breakdown value denominator } } }`,
  );
  expect(result.errors).toBeUndefined();
  const { indicator } = result.data?.performance as { indicator: Row[] };
  // Only the asked keys were selected; drop an unused breakdown for brevity.
  return indicator.map(({ breakdown, ...row }) =>
    breakdown === null ? row : { ...row, breakdown },
  );
}

describe('Performance Framework indicators over a hand-counted store (seed 000 Table B1)', () => {
  it('counts nominations made by region, agency and cycle (1.1, E777)', async () => {
    expect(await ask('NOMINATIONS_MADE')).toEqual([
      { value: 8, denominator: null },
    ]);
    expect(await ask('NOMINATIONS_MADE', ['REGION'])).toEqual([
      { region: 'LONDON', value: 3, denominator: null },
      { region: 'NORTH_WEST', value: 5, denominator: null },
    ]);
    expect(await ask('NOMINATIONS_MADE', ['AGENCY'])).toEqual([
      { agency: 'HMPPS', value: 2, denominator: null },
      { agency: 'NCA', value: 1, denominator: null },
      { agency: 'POLICE', value: 5, denominator: null },
    ]);
    expect(await ask('NOMINATIONS_MADE', ['CYCLE'])).toEqual([
      { cycle: 1, value: 3, denominator: null },
      { cycle: 2, value: 4, denominator: null },
      { cycle: 3, value: 1, denominator: null },
    ]);
  });

  it('counts successful and unsuccessful nominations out of those the PSF decided (3.2 E799, 3.3 E800)', async () => {
    expect(await ask('NOMINATIONS_SUCCESSFUL', ['REGION'])).toEqual([
      { region: 'LONDON', value: 2, denominator: 2 },
      { region: 'NORTH_WEST', value: 3, denominator: 4 },
    ]);
    expect(await ask('NOMINATIONS_UNSUCCESSFUL', ['AGENCY'])).toEqual([
      { agency: 'HMPPS', value: 0, denominator: 2 },
      { agency: 'NCA', value: 1, denominator: 1 },
      { agency: 'POLICE', value: 0, denominator: 3 },
    ]);
  });

  it('gives the cohort now, and at the end of each cycle as Table 1 runs it on (3.1, E794)', async () => {
    expect(await ask('COHORT_SIZE')).toEqual([{ value: 3, denominator: null }]);
    expect(await ask('COHORT_SIZE', ['AGENCY'])).toEqual([
      { agency: 'HMPPS', value: 1, denominator: null },
      { agency: 'NCA', value: 1, denominator: null },
      { agency: 'POLICE', value: 1, denominator: null },
    ]);
    // Cycle 1: N1-N3; cycle 2: N3 deselected, N6 and N7 selected; cycle 3: N7 out.
    expect(await ask('COHORT_SIZE', ['CYCLE'])).toEqual([
      { cycle: 1, value: 3, denominator: null },
      { cycle: 2, value: 4, denominator: null },
      { cycle: 3, value: 3, denominator: null },
    ]);
    expect(await ask('COHORT_SIZE', ['REGION'], 'cycle: 2')).toEqual([
      { region: 'LONDON', value: 2, denominator: null },
      { region: 'NORTH_WEST', value: 2, denominator: null },
    ]);
  });

  it('counts the cohort without an SRO and without supporting partners (3.2, E799)', async () => {
    expect(await ask('NOMINALS_WITHOUT_SRO', ['REGION'])).toEqual([
      { region: 'LONDON', value: 0, denominator: 1 },
      { region: 'NORTH_WEST', value: 1, denominator: 2 },
    ]);
    expect(await ask('NOMINALS_WITHOUT_SUPPORTING_PARTNERS')).toEqual([
      { value: 2, denominator: 3 },
    ]);
  });

  it('gives attendance at PSFs and TPMs: present or silent, out of those recorded, the chair aside (3.1 E794, 4.3 E807)', async () => {
    expect(await ask('PSF_ATTENDANCE')).toEqual([{ value: 4, denominator: 5 }]);
    expect(
      await ask('PSF_ATTENDANCE', ['AGENCY'], 'region: "NORTH_WEST"'),
    ).toEqual([
      { agency: 'DWP', value: 1, denominator: 1 },
      { agency: 'HMPPS', value: 1, denominator: 1 },
      { agency: 'NCA', value: 0, denominator: 1 },
      { agency: 'POLICE', value: 1, denominator: 1 },
    ]);
    expect(await ask('TPM_ATTENDANCE', ['REGION', 'CYCLE'])).toEqual([
      { region: 'NORTH_WEST', cycle: 2, value: 1, denominator: 2 },
    ]);
  });

  it('counts tasking requests rejected by the owning agency, by the TPM cycle or none (4.5, E814)', async () => {
    expect(await ask('TASKING_REQUESTS_REJECTED', ['CYCLE'])).toEqual([
      { cycle: 2, value: 1, denominator: 2 },
      { cycle: null, value: 1, denominator: 1 },
    ]);
    expect(await ask('TASKING_REQUESTS_REJECTED', ['AGENCY'])).toEqual([
      { agency: 'HMPPS', value: 1, denominator: 1 },
      { agency: 'NCA', value: 1, denominator: 1 },
      { agency: 'POLICE', value: 0, denominator: 1 },
    ]);
  });

  it('counts intelligence shared and sharing issues unblocked, pending requests aside (T1, E815)', async () => {
    expect(await ask('INTELLIGENCE_SHARED', ['AGENCY'])).toEqual([
      { agency: 'NCA', value: 1, denominator: null },
      { agency: 'POLICE', value: 2, denominator: null },
    ]);
    expect(
      await ask('INTELLIGENCE_SHARING_ISSUES_UNBLOCKED', ['REGION', 'AGENCY']),
    ).toEqual([
      { region: 'LONDON', agency: 'HMRC', value: 1, denominator: 1 },
      { region: 'NORTH_WEST', agency: 'POLICE', value: 1, denominator: 2 },
    ]);
  });

  it('counts MARSOC disruptions by recording agency, and those moderated, never one waiting or rejected (T2, E816, E820)', async () => {
    // Two flagged on APMIS, one more moderated onto it; the unflagged one is not MARSOC's.
    expect(await ask('DISRUPTIONS', ['AGENCY'])).toEqual([
      { agency: 'HMPPS', value: 1, denominator: null },
      { agency: 'POLICE', value: 2, denominator: null },
    ]);
    expect(await ask('DISRUPTIONS_MODERATED', ['REGION', 'AGENCY'])).toEqual([
      { region: 'NORTH_WEST', agency: 'POLICE', value: 1, denominator: null },
    ]);
  });

  it('counts deselections by cycle and their reasons (5.2 E822, 6.1 E824)', async () => {
    expect(await ask('DESELECTIONS', ['CYCLE'])).toEqual([
      { cycle: 2, value: 1, denominator: null },
      { cycle: 3, value: 1, denominator: null },
    ]);
    expect(await ask('DESELECTION_REASONS', ['REGION'])).toEqual([
      {
        region: 'LONDON',
        breakdown: 'LACK_OF_INTELLIGENCE',
        value: 1,
        denominator: null,
      },
      {
        region: 'NORTH_WEST',
        breakdown: 'THREAT_LEVEL_REDUCED',
        value: 1,
        denominator: null,
      },
    ]);
  });

  it('refuses a cycle for an indicator with none, and a region or agency that is not one, naming each problem', async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository: store.repository,
    }).execute(
      '{ performance { indicator(name: DISRUPTIONS, by: [CYCLE], cycle: 0, region: "ATLANTIS", agency: "MI5") { value } } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(
      'DISRUPTIONS cannot be grouped by CYCLE; region must be one of NORTH_EAST, NORTH_WEST, YORKSHIRE_AND_HUMBER, EAST_MIDLANDS, WEST_MIDLANDS, EASTERN, SOUTH_EAST, SOUTH_WEST, WALES, LONDON; agency must be one of POLICE, HMPPS, NCA, HMRC, DWP, MARSOC; DISRUPTIONS has no cycle to ask for',
    );
  });

  it('lists every indicator with its stage, seed line and groupings', async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository: store.repository,
    }).execute(
      '{ performance { indicators { name stage source groupings } } }',
    );
    const { indicators } = result.data?.performance as {
      indicators: { name: string; source: string; groupings: string[] }[];
    };
    expect(indicators).toHaveLength(15);
    for (const indicator of indicators)
      expect(indicator.source).toMatch(/^seed 000 E\d{3}/);
    expect(
      indicators.find((row) => row.name === 'DISRUPTIONS')?.groupings,
    ).toEqual(['REGION', 'AGENCY']);
  });
});
