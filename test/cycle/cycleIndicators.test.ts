import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from '../helpers/inProcessSupergraph';
import { callerOf, purposeOf } from '../helpers/personas';
import {
  asCaller,
  ATTENDANCE,
  daysAhead,
  expectOk,
  openQuorateForum,
} from '../meetings/meetingOperations';
import {
  ASSIGN,
  daysFromToday,
  findSelectedNominals,
  MODERATE,
  RECORD,
  scheduleTpm,
  UPDATE_ACTION,
} from './cycleOperations';

/**
 * The framework indicators move with the cycle's own writes through the
 * gateway (seed 000 E794, E807, E814, E820): attendance recorded at a PSF and
 * a TPM, a TPM action its owning agency rejects, a disruption moderated. The
 * seeded store holds no meetings, actions or recorded disruptions, so each
 * count starts at nothing.
 */
const REPORTING = purposeOf(
  'PERFORMANCE_REPORTING',
  'Quarterly MARSOC performance return',
);
const CYCLE = 11;

interface Row {
  agency: string | null;
  value: number;
  denominator: number | null;
}

describe('the framework indicators over a cycle run through the gateway', () => {
  let system: InProcessSupergraph;
  let ask: ReturnType<typeof asCaller>;
  beforeAll(async () => {
    system = await createInProcessSupergraph();
    ask = asCaller(system);
  }, 120_000);
  afterAll(() => system.stop());

  /** One indicator in the North West, as the regional lead reports it. */
  const report = async (name: string, args: string): Promise<Row[]> => {
    const result = await system.query(
      callerOf('regional-lead'),
      REPORTING,
      `{ performance { indicator(name: ${name}, region: "NORTH_WEST", ${args}) { agency value denominator } } }`,
    );
    expect(result.errors).toBeUndefined();
    return (result.data as { performance: { indicator: Row[] } }).performance
      .indicator;
  };

  it('counts the PSF and TPM attendance the chair records, silent attendees as present and the chair aside (E794, E807)', async () => {
    expect(await report('PSF_ATTENDANCE', `cycle: ${CYCLE}`)).toEqual([]);
    // The chair, police, HMPPS and the police SRO present; then NCA's apologies and DWP silent.
    const meetingId = await openQuorateForum(ask, CYCLE, []);
    const byAgency = `cycle: ${CYCLE}, by: [AGENCY]`;
    expect(await report('PSF_ATTENDANCE', byAgency)).toEqual([
      { agency: 'HMPPS', value: 1, denominator: 1 },
      { agency: 'POLICE', value: 2, denominator: 2 },
    ]);
    expectOk(
      await ask('regional-lead', ATTENDANCE, {
        input: {
          meetingId,
          clientRequestId: 'indicators-attendance-1',
          attendance: [
            { sub: callerOf('nca-officer').sub, attendance: 'APOLOGIES' },
            { sub: callerOf('dwp-officer').sub, attendance: 'SILENT_ATTENDEE' },
          ],
        },
      }),
    );
    expect(await report('PSF_ATTENDANCE', byAgency)).toEqual([
      { agency: 'DWP', value: 1, denominator: 1 },
      { agency: 'HMPPS', value: 1, denominator: 1 },
      { agency: 'NCA', value: 0, denominator: 1 },
      { agency: 'POLICE', value: 2, denominator: 2 },
    ]);
    expect(await report('TPM_ATTENDANCE', `cycle: ${CYCLE}`)).toEqual([]);
  });

  it('counts a tasking request rejected by the agency that owns it, in the cycle of its TPM (E814)', async () => {
    const [nominalId] = await findSelectedNominals(ask, 'NORTH_WEST');
    const tpmId = await scheduleTpm(ask, CYCLE);
    const assigned = expectOk(
      await ask('police-analyst', ASSIGN, {
        input: {
          meetingId: tpmId,
          nominalId,
          action: 'Search the cell and the visits hall for handsets',
          ownerName: 'Governor Notreal',
          owningAgency: 'HMPPS',
          dueDate: daysAhead(14),
          clientRequestId: 'indicators-assign-1',
        },
      }),
    ) as { tpmActions: { id: string }[] };
    const rejected = `cycle: ${CYCLE}, by: [AGENCY]`;
    expect(await report('TASKING_REQUESTS_REJECTED', rejected)).toEqual([
      { agency: 'HMPPS', value: 0, denominator: 1 },
    ]);
    expectOk(
      await ask('prison-intel', UPDATE_ACTION, {
        input: {
          actionId: assigned.tpmActions.at(-1)?.id,
          status: 'REJECTED',
          note: 'No staff to search this week; ask again next cycle',
          clientRequestId: 'indicators-reject-1',
        },
      }),
    );
    expect(await report('TASKING_REQUESTS_REJECTED', rejected)).toEqual([
      { agency: 'HMPPS', value: 1, denominator: 1 },
    ]);
  });

  it('counts a disruption recorded through the gateway only once the hub moderates it (E820)', async () => {
    const recorded = expectOk(
      await ask('prison-intel', RECORD, {
        input: {
          nominalId: 'NOM-00001',
          date: daysFromToday(-3),
          leadAgency: 'HMPPS',
          supportingAgencies: ['POLICE'],
          fourP: 'PURSUE',
          assessment: 'MODERATE',
          description: 'Relocation of the prisoner and seizure of two phones',
          arrests: 0,
          marsocFlag: true,
          clientRequestId: 'indicators-disruption-1',
        },
      }),
    );
    const moderated = 'by: [AGENCY]';
    expect(await report('DISRUPTIONS_MODERATED', moderated)).toEqual([]);
    expectOk(
      await ask('regional-lead', MODERATE, {
        input: {
          recordId: recorded.id,
          decision: 'MODERATE',
          clientRequestId: 'indicators-moderate-1',
        },
      }),
    );
    expect(await report('DISRUPTIONS_MODERATED', moderated)).toEqual([
      { agency: 'HMPPS', value: 1, denominator: null },
    ]);
  });
});
