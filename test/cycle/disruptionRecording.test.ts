import { callerOf } from '../helpers/personas';
import { codeOf, expectOk } from '../meetings/meetingOperations';
import {
  BACK_FILL,
  daysFromToday,
  DISRUPTIONS,
  LONDON_LEAD,
  MODERATE,
  RECORD,
  RECORDS,
  useCycleSystem,
} from './cycleOperations';

/**
 * Disruptions recorded through the gateway by HMPPS and by teams without APMIS
 * access, moderated by the hub, and the MARSOC flag back-filled with its trail
 * (seed 000 E545-E549, E569; seed 003 A:871-A:881).
 */
describe('disruptions through the gateway (seed 000 E545-E549)', () => {
  const ask = useCycleSystem();

  const disruption = (clientRequestId: string, extra: object = {}) => ({
    nominalId: 'NOM-00001',
    date: daysFromToday(-3),
    leadAgency: 'HMPPS',
    supportingAgencies: ['POLICE'],
    fourP: 'PURSUE',
    assessment: 'MODERATE',
    description: 'Relocation of the prisoner and seizure of two mobile devices',
    arrests: 0,
    marsocFlag: true,
    clientRequestId,
    ...extra,
  });
  const recordCount = async () =>
    (
      expectOk(
        await ask('regional-lead', RECORDS, { region: 'NORTH_WEST' }),
      ) as unknown as unknown[]
    ).length;

  it('records a disruption by HMPPS, moderated onto APMIS with its record date beside the event date', async () => {
    const recorded = expectOk(
      await ask('prison-intel', RECORD, {
        input: disruption('hmpps-disruption-1'),
      }),
    );
    expect(recorded).toMatchObject({
      status: 'RECORDED',
      recordingAgency: 'HMPPS',
      recordedBy: callerOf('prison-intel').sub,
      recordedOn: daysFromToday(0),
      date: daysFromToday(-3),
      disruption: null,
    });
    // The recorder's retry is the same record; the same id for something else is refused.
    const again = expectOk(
      await ask('prison-intel', RECORD, {
        input: disruption('hmpps-disruption-1'),
      }),
    );
    expect(again.id).toBe(recorded.id);
    const reused = await ask('prison-intel', RECORD, {
      input: disruption('hmpps-disruption-1', { arrests: 2 }),
    });
    expect(codeOf(reused)).toBe('BAD_USER_INPUT');

    // Only the hub moderates (E569), never the recorder.
    const byRecorder = await ask('prison-intel', MODERATE, {
      input: {
        recordId: recorded.id,
        decision: 'MODERATE',
        clientRequestId: 'moderate-by-recorder',
      },
    });
    expect(codeOf(byRecorder)).toBe('FORBIDDEN');
    // Anyone but a lead is told only that, whether the record exists or not.
    const unknownByRecorder = await ask('prison-intel', MODERATE, {
      input: {
        recordId: 'DR-999999',
        decision: 'MODERATE',
        clientRequestId: 'moderate-by-recorder',
      },
    });
    expect(unknownByRecorder.errors).toEqual(byRecorder.errors);
    const elsewhere = await ask(LONDON_LEAD, MODERATE, {
      input: {
        recordId: recorded.id,
        decision: 'MODERATE',
        clientRequestId: 'moderate-london',
      },
    });
    const unknown = await ask(LONDON_LEAD, MODERATE, {
      input: {
        recordId: 'DR-999999',
        decision: 'MODERATE',
        clientRequestId: 'moderate-london',
      },
    });
    expect(
      elsewhere.errors?.[0]?.message.replace(String(recorded.id), 'X'),
    ).toBe(unknown.errors?.[0]?.message.replace('DR-999999', 'X'));

    const moderated = expectOk(
      await ask('regional-lead', MODERATE, {
        input: {
          recordId: recorded.id,
          decision: 'MODERATE',
          clientRequestId: 'moderate-1',
        },
      }),
    );
    expect(moderated).toMatchObject({
      status: 'MODERATED',
      moderatedBy: callerOf('regional-lead').sub,
      disruption: {
        date: daysFromToday(-3),
        recordedOn: daysFromToday(0),
        marsocFlag: true,
      },
    });
    const onApmis = expectOk(
      await ask('police-analyst', DISRUPTIONS, { id: 'NOM-00001' }),
    ) as { disruptions: { id: string; recordedOn: string | null }[] };
    expect(onApmis.disruptions).toContainEqual(
      expect.objectContaining({
        id: (moderated.disruption as { id: string }).id,
        recordedOn: daysFromToday(0),
        recordingAgency: 'HMPPS',
      }),
    );
    const twice = await ask('regional-lead', MODERATE, {
      input: {
        recordId: recorded.id,
        decision: 'REJECT',
        reason: 'Duplicate',
        clientRequestId: 'moderate-2',
      },
    });
    expect(codeOf(twice)).toBe('INVALID_TRANSITION');
  });

  it('rejects a recorded disruption with a reason, and it never reaches APMIS', async () => {
    const recorded = expectOk(
      await ask('police-analyst', RECORD, {
        input: disruption('police-disruption-1', {
          leadAgency: 'POLICE',
          supportingAgencies: [],
          assessment: 'NO_IMPACT',
        }),
      }),
    );
    const noReason = await ask('regional-lead', MODERATE, {
      input: {
        recordId: recorded.id,
        decision: 'REJECT',
        clientRequestId: 'reject-no-reason',
      },
    });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const rejected = expectOk(
      await ask('regional-lead', MODERATE, {
        input: {
          recordId: recorded.id,
          decision: 'REJECT',
          reason: 'Not a disruption under the Disruption Library',
          clientRequestId: 'reject-1',
        },
      }),
    );
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Not a disruption under the Disruption Library',
      disruption: null,
    });
    const rejectedRecords = expectOk(
      await ask('regional-lead', RECORDS, {
        region: 'NORTH_WEST',
        status: 'REJECTED',
      }),
    ) as unknown as { id: string }[];
    expect(rejectedRecords.map((record) => record.id)).toEqual([recorded.id]);
  });

  it('refuses bad input and a recorder whose agency neither led nor supported it, writing nothing', async () => {
    const before = await recordCount();
    const future = await ask('prison-intel', RECORD, {
      input: disruption('bad-disruption-1', {
        date: daysFromToday(2),
        fourP: 'PERSUADE',
        arrests: -1,
      }),
    });
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0]?.extensions?.problems).toHaveLength(3);
    const notTheirs = await ask('prison-intel', RECORD, {
      input: disruption('bad-disruption-2', {
        leadAgency: 'POLICE',
        supportingAgencies: ['NCA'],
      }),
    });
    expect(codeOf(notTheirs)).toBe('BAD_USER_INPUT');
    const nca = await ask('nca-officer', RECORD, {
      input: disruption('bad-disruption-3', {
        leadAgency: 'NCA',
        supportingAgencies: [],
      }),
    });
    expect(codeOf(nca)).toBe('FORBIDDEN');
    expect(await recordCount()).toBe(before);
  });

  it('back-fills the MARSOC flag on an existing disruption with who, when and why (E547)', async () => {
    const { disruptions } = expectOk(
      await ask('police-analyst', DISRUPTIONS, { id: 'NOM-00001' }),
    ) as { disruptions: { id: string; marsocFlag: boolean }[] };
    const target = disruptions[0];
    if (target === undefined) throw new Error('NOM-00001 has no disruption');
    const input = {
      disruptionId: target.id,
      marsocFlag: !target.marsocFlag,
      reason: 'Reconciled against the regional MARSOC log',
      clientRequestId: 'back-fill-1',
    };
    const byAnalyst = await ask('police-analyst', BACK_FILL, { input });
    expect(codeOf(byAnalyst)).toBe('FORBIDDEN');
    const unknownByAnalyst = await ask('police-analyst', BACK_FILL, {
      input: { ...input, disruptionId: 'DSR-99999-01' },
    });
    expect(unknownByAnalyst.errors).toEqual(byAnalyst.errors);
    const elsewhereByLead = await ask(LONDON_LEAD, BACK_FILL, { input });
    const unknownByLead = await ask(LONDON_LEAD, BACK_FILL, {
      input: { ...input, disruptionId: 'DSR-99999-01' },
    });
    expect(codeOf(elsewhereByLead)).toBe('BAD_USER_INPUT');
    expect(
      JSON.stringify(elsewhereByLead.errors).replaceAll(target.id, 'X'),
    ).toBe(
      JSON.stringify(unknownByLead.errors).replaceAll('DSR-99999-01', 'X'),
    );
    const changed = expectOk(await ask('regional-lead', BACK_FILL, { input }));
    expect(changed).toMatchObject({
      marsocFlag: !target.marsocFlag,
      marsocFlagHistory: [
        {
          fromFlag: target.marsocFlag,
          toFlag: !target.marsocFlag,
          changedBy: callerOf('regional-lead').sub,
          changedByAgency: 'MARSOC',
          reason: 'Reconciled against the regional MARSOC log',
        },
      ],
    });
    // The trail is read by whoever may read the disruption, and by no one else.
    const read = expectOk(
      await ask('police-analyst', DISRUPTIONS, { id: 'NOM-00001' }),
    ) as { disruptions: { id: string; marsocFlagHistory: unknown[] }[] };
    expect(
      read.disruptions.find((row) => row.id === target.id)?.marsocFlagHistory,
    ).toHaveLength(1);
    const dwp = await ask('dwp-officer', DISRUPTIONS, { id: 'NOM-00001' });
    expect(JSON.stringify(dwp.data)).not.toContain('Reconciled');
    const same = await ask('regional-lead', BACK_FILL, {
      input: { ...input, clientRequestId: 'back-fill-2' },
    });
    expect(codeOf(same)).toBe('BAD_USER_INPUT');
  });
});
