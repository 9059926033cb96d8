import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from '../helpers/inProcessSupergraph';
import { callerOf } from '../helpers/personas';
import {
  ADD_ITEM,
  asCaller,
  ATTENDANCE,
  CLOSE,
  codeOf,
  DECIDE,
  expectOk,
  MEETING,
  MEETINGS,
  NOMINATE,
  SC_SRO,
  SCHEDULE,
  scheduleForum,
  daysAhead,
} from './meetingOperations';

/**
 * The PSF of seed 000 E494-E530 through the real gateway and register: a
 * forum scheduled by its chair, attendance, an agenda with a covert item, and
 * nominations decided in the meeting by quorum. Each test works on its own
 * cycle and nominals the seeded population never nominated (NOM-00350 on).
 */
describe('PSF meetings through the gateway (seed 000 E494-E530, E793-E794)', () => {
  let system: InProcessSupergraph;
  let ask: ReturnType<typeof asCaller>;

  beforeAll(async () => {
    system = await createInProcessSupergraph();
    ask = asCaller(system);
  }, 120_000);
  afterAll(() => system.stop());

  const nominate = async (nominalId: string, cycle: number) =>
    expectOk(
      await ask('police-analyst', NOMINATE, {
        input: {
          nominalId,
          region: 'NORTH_WEST',
          cycle,
          supervisionStatus: 'NONE',
          mandatoryCriteriaMet: ['HIGHEST_HARM'],
        },
      }),
    );
  const meetingAs = async (who: Parameters<typeof ask>[0], id: unknown) =>
    ask(who, MEETING, { id });
  const cohortStatusOf = async (nominalId: string) =>
    (
      await ask(
        'regional-lead',
        `query ($id: ID!) { nominal(id: $id) { cohort { status } } }`,
        { id: nominalId },
      )
    ).data;
  const attend = (meetingId: unknown, entries: [string, string][]) =>
    ask('regional-lead', ATTENDANCE, {
      input: {
        meetingId,
        clientRequestId: `attendance-${String(meetingId)}-${entries.map(([, how]) => how).join('-')}`,
        attendance: entries.map(([sub, attendance]) => ({ sub, attendance })),
      },
    });
  const accept = (
    meetingId: unknown,
    nominalId: string,
    sro: string,
    id: string,
  ) =>
    ask('regional-lead', DECIDE, {
      input: {
        meetingId,
        clientRequestId: id,
        nominalId,
        decision: 'ACCEPT',
        cycle: 9,
        seniorResponsibleOfficerSub: sro,
        leadAgency: 'POLICE',
        supportingAgencies: ['HMPPS'],
        strategicObjectives: ['Disrupt the supply line into the North West'],
      },
    });

  it('decides a nomination only in a quorate PSF, by its chair, with an SC-cleared SRO', async () => {
    await nominate('NOM-00350', 9);
    const forum = await scheduleForum(ask, 9, 'schedule-nw-psf-9');
    expect(forum).toMatchObject({
      kind: 'PSF',
      status: 'SCHEDULED',
      chair: { sub: callerOf('regional-lead').sub, agency: 'MARSOC' },
    });
    expectOk(
      await ask('regional-lead', ADD_ITEM, {
        input: {
          meetingId: forum.id,
          clientRequestId: 'agenda-nom-00350',
          kind: 'NEW_NOMINATION',
          nominalId: 'NOM-00350',
          title: 'New nomination from the North West ROCU',
        },
      }),
    );
    // Before anyone is recorded present, the forum cannot decide.
    const early = await accept(
      forum.id,
      'NOM-00350',
      SC_SRO.sub,
      'decide-early',
    );
    expect(codeOf(early)).toBe('INVALID_TRANSITION');
    expect(early.errors?.[0]?.message).toMatch(/not quorate/);

    // A silent attendee does not count to the quorum (E496).
    expectOk(
      await attend(forum.id, [
        [callerOf('regional-lead').sub, 'PRESENT'],
        [callerOf('police-analyst').sub, 'PRESENT'],
        [callerOf('prison-intel').sub, 'SILENT_ATTENDEE'],
        [callerOf('dwp-officer').sub, 'SILENT_ATTENDEE'],
        [callerOf('nca-officer').sub, 'APOLOGIES'],
      ]),
    );
    const silent = await accept(
      forum.id,
      'NOM-00350',
      SC_SRO.sub,
      'decide-silent',
    );
    expect(codeOf(silent)).toBe('INVALID_TRANSITION');
    expect(silent.errors?.[0]?.message).toMatch(/no member of HMPPS/);

    expectOk(
      await attend(forum.id, [
        [callerOf('prison-intel').sub, 'PRESENT'],
        [SC_SRO.sub, 'PRESENT'],
      ]),
    );
    // Not the chair: one member alone does not decide.
    const byMember = await ask('police-analyst', DECIDE, {
      input: {
        meetingId: forum.id,
        clientRequestId: 'decide-by-member',
        nominalId: 'NOM-00350',
        decision: 'DECLINE',
        cycle: 9,
        reason: 'Decided before the meeting',
      },
    });
    expect(codeOf(byMember)).toBe('FORBIDDEN');
    // An SRO below SC is refused (E793); the police analyst holds NPPV3.
    const lowSro = await accept(
      forum.id,
      'NOM-00350',
      callerOf('police-analyst').sub,
      'decide-low-sro',
    );
    expect(codeOf(lowSro)).toBe('BAD_USER_INPUT');
    expect(lowSro.errors?.[0]?.message).toMatch(/SC vetting or above/);
    expect(await cohortStatusOf('NOM-00350')).toEqual({
      nominal: { cohort: { status: 'NOMINATED' } },
    });

    const decided = expectOk(
      await accept(forum.id, 'NOM-00350', SC_SRO.sub, 'decide-accept-350'),
    );
    expect(decided).toMatchObject({
      status: 'SELECTED',
      forumDecision: {
        decision: 'ACCEPT',
        cycle: 9,
        seniorResponsibleOfficer: 'DCI Imaginary, North West ROCU',
      },
    });
    const replayed = expectOk(
      await accept(forum.id, 'NOM-00350', SC_SRO.sub, 'decide-accept-350'),
    );
    expect(replayed).toEqual(decided);
    const after = expectOk(await meetingAs('regional-lead', forum.id));
    expect(after.decisions).toEqual([
      {
        nominal: { id: 'NOM-00350' },
        nominationId: expect.stringMatching(/^CN-\d+$/),
        decision: 'ACCEPT',
        recordedBy: callerOf('regional-lead').sub,
        presentMembers: expect.arrayContaining([
          callerOf('regional-lead').sub,
          callerOf('police-analyst').sub,
          callerOf('prison-intel').sub,
          SC_SRO.sub,
        ]),
      },
    ]);

    expectOk(
      await ask('regional-lead', CLOSE, {
        input: { meetingId: forum.id, clientRequestId: 'close-nw-psf-9' },
      }),
    );
    const late = await ask('regional-lead', ADD_ITEM, {
      input: {
        meetingId: forum.id,
        clientRequestId: 'agenda-after-close',
        kind: 'REVIEW',
        nominalId: 'NOM-00350',
        title: 'Too late',
      },
    });
    expect(codeOf(late)).toBe('INVALID_TRANSITION');
  });

  it('lists a covert agenda item only for the agencies allowed to know of it, as if there were none for anyone else', async () => {
    await nominate('NOM-00351', 10);
    const forum = await scheduleForum(ask, 10, 'schedule-nw-psf-10');
    expectOk(
      await ask('police-analyst', ADD_ITEM, {
        input: {
          meetingId: forum.id,
          clientRequestId: 'agenda-nom-00351',
          kind: 'NEW_NOMINATION',
          nominalId: 'NOM-00351',
          title: 'New nomination: supply into HMP Altcourse',
        },
      }),
    );
    const viewers = [
      'police-analyst',
      'prison-intel',
      'dwp-officer',
      'regional-lead',
      'hmrc-investigator',
    ];
    const before = await Promise.all(
      viewers.map((persona) => meetingAs(persona, forum.id)),
    );
    const covert = expectOk(
      await ask('nca-officer', ADD_ITEM, {
        input: {
          meetingId: forum.id,
          clientRequestId: 'agenda-covert-351',
          kind: 'COVERT',
          nominalId: 'NOM-00351',
          title: 'Covert tactics slot: NCA only',
          knownToAgencies: ['NCA'],
        },
      }),
    );
    expect(covert.agenda).toHaveLength(2);
    const after = await Promise.all(
      viewers.map((persona) => meetingAs(persona, forum.id)),
    );
    // Data, errors and the disclosure account alike: no gap, no count, no trace.
    expect(after).toEqual(before);
    expect(
      (before[0]?.data?.meeting as { agenda: unknown[] }).agenda,
    ).toHaveLength(1);
  });

  it("shows DWP only its own regions' forums, answering another region as an unknown id", async () => {
    const forum = await scheduleForum(ask, 11, 'schedule-nw-psf-11');
    const yorkshireDwp = {
      ...callerOf('dwp-officer'),
      sub: 'generated-dwp-yorkshire',
      regions: ['YORKSHIRE_AND_HUMBER' as const],
    };
    expect((await meetingAs('dwp-officer', forum.id)).data).toMatchObject({
      meeting: { id: forum.id, region: 'NORTH_WEST' },
    });
    const elsewhere = await meetingAs(yorkshireDwp, forum.id);
    const unknown = await meetingAs(yorkshireDwp, 'MTG-999999');
    expect(elsewhere).toEqual(unknown);
    expect(elsewhere.data).toEqual({ meeting: null });
    expect(
      (await ask(yorkshireDwp, MEETINGS, { region: 'NORTH_WEST', cycle: 11 }))
        .data,
    ).toEqual({ meetings: [] });
  });

  it("answers a write to another region's meeting as one to an unknown id, for anyone", async () => {
    const forum = await scheduleForum(ask, 13, 'schedule-nw-psf-13');
    const yorkshire = (persona: string) => ({
      ...callerOf(persona),
      sub: `generated-${persona}-yorkshire`,
      regions: ['YORKSHIRE_AND_HUMBER' as const],
    });
    const forumId = String(forum.id);
    const codes: unknown[] = [];
    for (const persona of ['dwp-officer', 'regional-lead', 'police-analyst']) {
      const writeTo = (meetingId: string) =>
        ask(yorkshire(persona), ADD_ITEM, {
          input: {
            meetingId,
            clientRequestId: `item-${persona}-${meetingId}`,
            kind: 'REVIEW',
            nominalId: 'NOM-00001',
            title: 'Review of a nominal on the cohort',
          },
        });
      const elsewhere = await writeTo(forumId);
      const unknown = await writeTo('MTG-999999');
      codes.push(codeOf(elsewhere));
      // Byte for byte, once the two ids are swapped.
      expect(JSON.stringify(elsewhere).replaceAll(forumId, 'MTG-999999')).toBe(
        JSON.stringify(unknown),
      );
    }
    // DWP may not add agenda items anywhere; a lead and a member may, but not
    // to a meeting they cannot know of.
    expect(codes).toEqual(['FORBIDDEN', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it('refuses bad input and a reused request id, writing nothing, and replays a retried schedule', async () => {
    const first = await scheduleForum(ask, 12, 'schedule-nw-psf-12');
    const again = await scheduleForum(ask, 12, 'schedule-nw-psf-12');
    expect(again).toEqual(first);
    const reused = await ask('regional-lead', SCHEDULE, {
      input: {
        kind: 'TPM',
        region: 'NORTH_WEST',
        cycle: 12,
        date: daysAhead(9),
        clientRequestId: 'schedule-nw-psf-12',
        members: [SC_SRO],
      },
    });
    expect(codeOf(reused)).toBe('BAD_USER_INPUT');
    const bad = await ask('regional-lead', SCHEDULE, {
      input: {
        kind: 'TPM',
        region: 'ATLANTIS',
        cycle: 12,
        date: '2020-02-30',
        clientRequestId: 'schedule-bad-tpm',
        members: [],
      },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.problems).toHaveLength(3);
    const notLead = await ask('police-analyst', SCHEDULE, {
      input: {
        kind: 'TPM',
        region: 'NORTH_WEST',
        cycle: 12,
        date: daysAhead(9),
        clientRequestId: 'schedule-by-analyst',
        members: [SC_SRO],
      },
    });
    expect(codeOf(notLead)).toBe('FORBIDDEN');
    const meetings = expectOk(
      await ask('regional-lead', MEETINGS, { region: 'NORTH_WEST', cycle: 12 }),
    );
    expect(meetings).toEqual([first]);
    const badItem = await ask('regional-lead', ADD_ITEM, {
      input: {
        meetingId: first.id,
        clientRequestId: 'agenda-bad',
        kind: 'PRIORITY',
        nominalId: 'NOM-00352',
        title: 'Not on this cohort',
        knownToAgencies: ['NCA'],
      },
    });
    expect(codeOf(badItem)).toBe('BAD_USER_INPUT');
    expect(expectOk(await meetingAs('regional-lead', first.id)).agenda).toEqual(
      [],
    );
  });
});
