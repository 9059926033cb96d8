import {
  codeOf,
  daysAhead,
  expectOk,
  scheduleForum,
} from '../meetings/meetingOperations';
import {
  ASSIGN,
  DESELECT,
  deselectionOf,
  findSelectedNominals,
  MEMBERSHIP,
  monitoringPlanOf,
  scheduleTpm,
  UPDATE_ACTION,
  useCycleSystem,
} from './cycleOperations';

interface Action {
  id: string;
  owningAgency: string;
  status: string;
  assignment: { meetingId: string; ownerName: string } | null;
  updates: { fromStatus: string; toStatus: string; byAgency: string }[];
}

/**
 * The TPM's actions with a named owner in an agency, moved on by that agency
 * only (seed 000 E807, E813), and deselection with a reason from the closed
 * list and a monitoring plan (E822, E828). Seeded North West cohort members;
 * the North West's TPM and PSF of cycle 15.
 */
describe('TPM actions owned by an agency, and deselection with a plan (seed 000 E807-E828)', () => {
  const ask = useCycleSystem();
  let tpmId: string;
  let selected: string[];

  beforeAll(async () => {
    selected = await findSelectedNominals(ask, 'NORTH_WEST');
    if (selected.length < 2)
      throw new Error('the seeded North West cohort has fewer than two');
    tpmId = await scheduleTpm(ask, 15);
  }, 120_000);

  const membershipOf = async (nominalId: string) =>
    (
      expectOk(await ask('regional-lead', MEMBERSHIP, { id: nominalId })) as {
        cohort: { tpmActions: Action[] } & Record<string, unknown>;
      }
    ).cohort;
  const assignment = (nominalId: string, key: string, extra: object = {}) => ({
    input: {
      meetingId: tpmId,
      nominalId,
      action: 'Search the cell and the visits hall for handsets',
      ownerName: 'Governor Notreal',
      owningAgency: 'HMPPS',
      dueDate: daysAhead(14),
      clientRequestId: key,
      ...extra,
    },
  });

  it('assigns an action at the TPM to a named owner, and lets only the owning agency move it on', async () => {
    const nominalId = selected[0] ?? '';
    const before = await membershipOf(nominalId);
    const psf = await scheduleForum(ask, 15, 'schedule-nw-psf-15');
    for (const [who, input, code] of [
      ['dwp-officer', assignment(nominalId, 'assign-dwp'), 'FORBIDDEN'],
      [
        'police-analyst',
        assignment(nominalId, 'assign-absent-agency', { owningAgency: 'NCA' }),
        'BAD_USER_INPUT',
      ],
      [
        'police-analyst',
        assignment(nominalId, 'assign-at-psf', { meetingId: psf.id }),
        'BAD_USER_INPUT',
      ],
    ] as const)
      expect(codeOf(await ask(who, ASSIGN, input))).toBe(code);
    expect(await membershipOf(nominalId)).toEqual(before);

    const assigned = expectOk(
      await ask('police-analyst', ASSIGN, assignment(nominalId, 'assign-1')),
    ) as { tpmActions: Action[] };
    const action = assigned.tpmActions.at(-1);
    expect(action).toMatchObject({
      owningAgency: 'HMPPS',
      status: 'OPEN',
      assignment: { meetingId: tpmId, ownerName: 'Governor Notreal' },
      updates: [],
    });
    const update = (status: string, key: string) => ({
      input: {
        actionId: action?.id,
        status,
        note: 'Searched on the 4th; one handset found',
        clientRequestId: key,
      },
    });

    const afterAssign = await membershipOf(nominalId);
    for (const who of ['police-analyst', 'regional-lead'])
      expect(
        codeOf(
          await ask(
            who,
            UPDATE_ACTION,
            update('IN_PROGRESS', `update-by-${who}`),
          ),
        ),
      ).toBe('FORBIDDEN');
    expect(await membershipOf(nominalId)).toEqual(afterAssign);

    const started = expectOk(
      await ask(
        'prison-intel',
        UPDATE_ACTION,
        update('IN_PROGRESS', 'update-1'),
      ),
    ) as { tpmActions: Action[] };
    // A retry is the same update, not a second one.
    expectOk(
      await ask(
        'prison-intel',
        UPDATE_ACTION,
        update('IN_PROGRESS', 'update-1'),
      ),
    );
    const done = expectOk(
      await ask('prison-intel', UPDATE_ACTION, update('COMPLETED', 'update-2')),
    ) as { tpmActions: Action[] };
    expect(started.tpmActions.at(-1)?.updates).toHaveLength(1);
    expect(done.tpmActions.at(-1)).toMatchObject({
      status: 'COMPLETED',
      updates: [
        { fromStatus: 'OPEN', toStatus: 'IN_PROGRESS', byAgency: 'HMPPS' },
        { fromStatus: 'IN_PROGRESS', toStatus: 'COMPLETED', byAgency: 'HMPPS' },
      ],
    });
  });

  it('deselects with a reason from the closed list and a monitoring plan, refusing anything else and writing nothing', async () => {
    const nominalId = selected[1] ?? '';
    const deselection = (extra: object = {}) => ({
      input: {
        ...deselectionOf(nominalId, 15, 'CRITERIA_NO_LONGER_MET'),
        ...extra,
      },
    });
    const before = await membershipOf(nominalId);
    const unlisted = await ask(
      'regional-lead',
      DESELECT,
      deselection({ reason: 'BORED', clientRequestId: 'deselect-unlisted' }),
    );
    expect(codeOf(unlisted)).toBe('BAD_USER_INPUT');
    const stalePlan = await ask(
      'regional-lead',
      DESELECT,
      deselection({
        monitoringPlan: { ...monitoringPlanOf(), reviewOn: daysAhead(-1) },
        clientRequestId: 'deselect-stale-plan',
      }),
    );
    expect(codeOf(stalePlan)).toBe('BAD_USER_INPUT');
    const byHmpps = await ask('prison-intel', DESELECT, deselection());
    expect(codeOf(byHmpps)).toBe('FORBIDDEN');
    expect(await membershipOf(nominalId)).toEqual(before);

    const deselected = expectOk(
      await ask('regional-lead', DESELECT, deselection()),
    );
    expect(deselected).toMatchObject({
      status: 'DESELECTED',
      deselection: { reason: 'CRITERIA_NO_LONGER_MET', cycle: 15 },
      monitoringPlan: monitoringPlanOf(),
    });
  });
});
