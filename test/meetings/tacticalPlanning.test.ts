import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from '../helpers/inProcessSupergraph';
import {
  ADD_ITEM,
  asCaller,
  codeOf,
  daysAhead,
  DECIDE,
  expectOk,
  MEETING,
  memberOf,
  NOMINATE,
  openQuorateForum,
  SC_SRO,
  SCHEDULE,
} from './meetingOperations';

/**
 * The TPM's agenda (seed 000 E508: "the two nominals with the highest risk
 * and opportunity") and the rule that a forum decision is taken only in a
 * PSF, through the real gateway and register. Its own cycles (13, 14) and
 * nominals never nominated (NOM-00360 on), apart from forumMeetings.test.ts.
 */
describe('TPM priority items and decisions only in a PSF (seed 000 E508, E794)', () => {
  let system: InProcessSupergraph;
  let ask: ReturnType<typeof asCaller>;
  let selected: string[];

  beforeAll(async () => {
    system = await createInProcessSupergraph();
    ask = asCaller(system);
    const cohort = await ask(
      'regional-lead',
      '{ cohort { id cohort { region status } } }',
      {},
    );
    selected = (
      (cohort.data?.cohort ?? []) as {
        id: string;
        cohort: { region: string; status: string };
      }[]
    )
      .filter(
        (member) =>
          member.cohort.region === 'NORTH_WEST' &&
          member.cohort.status === 'SELECTED',
      )
      .map((member) => member.id);
    if (selected.length < 3)
      throw new Error('the seeded North West cohort has fewer than three');
  }, 120_000);
  afterAll(() => system.stop());

  const scheduleTpm = async (cycle: number) =>
    expectOk(
      await ask('regional-lead', SCHEDULE, {
        input: {
          kind: 'TPM',
          region: 'NORTH_WEST',
          cycle,
          date: daysAhead(10),
          clientRequestId: `schedule-nw-tpm-${cycle}`,
          members: [
            memberOf('police-analyst'),
            memberOf('prison-intel'),
            memberOf('nca-officer'),
            SC_SRO,
          ],
        },
      }),
    );
  const addItem = (
    persona: string,
    meetingId: unknown,
    item: Record<string, unknown>,
  ) =>
    ask(persona, ADD_ITEM, {
      input: {
        meetingId,
        clientRequestId: `item-${String(meetingId)}-${String(item.kind)}-${String(item.nominalId)}`,
        title: 'Highest risk and opportunity this cycle',
        ...item,
      },
    });
  const agendaOf = async (meetingId: unknown) =>
    expectOk(await ask('regional-lead', MEETING, { id: meetingId })).agenda as {
      kind: string;
      nominal: { id: string } | null;
    }[];

  it('takes two PRIORITY nominals from the cohort and refuses a third, writing nothing', async () => {
    const tpm = await scheduleTpm(13);
    const [first, second, third] = selected;
    // A covert item does not take one of the two places, nor shows anyone it is there.
    expectOk(
      await addItem('nca-officer', tpm.id, {
        kind: 'COVERT',
        nominalId: third,
        knownToAgencies: ['NCA'],
      }),
    );
    for (const nominalId of [first, second])
      expectOk(
        await addItem('police-analyst', tpm.id, {
          kind: 'PRIORITY',
          nominalId,
        }),
      );
    const before = await agendaOf(tpm.id);
    expect(
      before
        .filter((item) => item.kind === 'PRIORITY')
        .map((item) => item.nominal?.id),
    ).toEqual([first, second]);
    const refused = await addItem('police-analyst', tpm.id, {
      kind: 'PRIORITY',
      nominalId: third,
    });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.problems).toEqual([
      `A TPM prioritises at most 2 nominals (E508); ${String(tpm.id)} has its two.`,
    ]);
    const again = await addItem('prison-intel', tpm.id, {
      kind: 'PRIORITY',
      nominalId: first,
    });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(await agendaOf(tpm.id)).toEqual(before);
    // The third is still reviewed, as an ordinary item.
    expectOk(
      await addItem('police-analyst', tpm.id, {
        kind: 'REVIEW',
        nominalId: third,
      }),
    );
  });

  it('refuses a PRIORITY item at a PSF, or about a nominal not selected, and a new nomination at a TPM', async () => {
    const tpm = await scheduleTpm(14);
    const nominated = 'NOM-00360';
    expectOk(
      await ask('police-analyst', NOMINATE, {
        input: {
          nominalId: nominated,
          region: 'NORTH_WEST',
          cycle: 14,
          supervisionStatus: 'NONE',
          mandatoryCriteriaMet: ['HIGHEST_HARM'],
        },
      }),
    );
    const notSelected = await addItem('police-analyst', tpm.id, {
      kind: 'PRIORITY',
      nominalId: nominated,
    });
    expect(codeOf(notSelected)).toBe('BAD_USER_INPUT');
    expect(notSelected.errors?.[0]?.message).toMatch(/SELECTED/);
    const newAtTpm = await addItem('police-analyst', tpm.id, {
      kind: 'NEW_NOMINATION',
      nominalId: nominated,
    });
    expect(codeOf(newAtTpm)).toBe('BAD_USER_INPUT');
    const psf = await openQuorateForum(ask, 14, [nominated]);
    const atPsf = await addItem('police-analyst', psf, {
      kind: 'PRIORITY',
      nominalId: selected[0],
    });
    expect(codeOf(atPsf)).toBe('BAD_USER_INPUT');
    expect(atPsf.errors?.[0]?.extensions?.problems).toContain(
      'Priority nominals are a TPM item (E508).',
    );
    expect(await agendaOf(tpm.id)).toEqual([]);
  });

  it('records a forum decision only in a PSF: never without a meeting, nor in a TPM', async () => {
    const nominalId = 'NOM-00361';
    expectOk(
      await ask('police-analyst', NOMINATE, {
        input: {
          nominalId,
          region: 'NORTH_WEST',
          cycle: 14,
          supervisionStatus: 'NONE',
          mandatoryCriteriaMet: ['HIGHEST_HARM'],
        },
      }),
    );
    const decline = {
      nominalId,
      decision: 'DECLINE',
      cycle: 14,
      reason: 'Harm not evidenced',
    };
    const alone = await ask('regional-lead', DECIDE, {
      input: { ...decline, clientRequestId: 'decide-without-meeting' },
    });
    expect(codeOf(alone)).toBe('BAD_USER_INPUT');
    expect(alone.errors?.[0]?.message).toMatch(/meetingId/);
    const tpm = await scheduleTpm(14);
    const inTpm = await ask('regional-lead', DECIDE, {
      input: {
        ...decline,
        meetingId: tpm.id,
        clientRequestId: 'decide-in-a-tpm',
      },
    });
    expect(codeOf(inTpm)).toBe('BAD_USER_INPUT');
    expect(inTpm.errors?.[0]?.extensions?.problems).toContain(
      `${String(tpm.id)} is a TPM; forum decisions are taken at a PSF.`,
    );
    const status = await ask(
      'regional-lead',
      'query ($id: ID!) { nominal(id: $id) { cohort { status } } }',
      { id: nominalId },
    );
    expect(status.data).toEqual({
      nominal: { cohort: { status: 'NOMINATED' } },
    });
  });
});
