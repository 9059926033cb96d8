import { callerOf } from '../helpers/personas';
import {
  codeOf,
  DECIDE,
  expectOk,
  openQuorateForum,
  SC_SRO,
} from '../meetings/meetingOperations';
import {
  CHECK,
  DECIDE_EMERGENCY,
  EMERGENCY,
  LONDON_LEAD,
  MEMBERSHIP,
  NOMINATE,
  nominationOf,
  RESUBMIT,
  SRO,
  useCycleSystem,
} from './cycleOperations';

/**
 * The hand-offs before a nomination is decided (seed 000 E528-E530,
 * E777-E804): an emergency nomination between PSFs and the chair's decision,
 * the hub's quality check with a return and a resubmission, and a nominal
 * nominated again keeping their history. Through the real gateway and
 * register; nominals the seeded population never nominated (NOM-00320 on),
 * the North West's PSFs of cycles 9 and 10.
 */
describe('nomination hand-offs through the gateway (seed 000 E528-E530, E777-E804)', () => {
  const ask = useCycleSystem();

  const membershipOf = async (nominalId: string) =>
    (
      expectOk(await ask('regional-lead', MEMBERSHIP, { id: nominalId })) as {
        cohort: Record<string, unknown> | null;
      }
    ).cohort;
  /** The chair's acceptance in the quorate North West PSF of `cycle`. */
  const acceptAtPsf = async (nominalId: string, cycle = 9) =>
    ask('regional-lead', DECIDE, {
      input: {
        meetingId: await openQuorateForum(ask, cycle, [nominalId]),
        nominalId,
        decision: 'ACCEPT',
        cycle,
        seniorResponsibleOfficerSub: SC_SRO.sub,
        leadAgency: 'POLICE',
        strategicObjectives: ['Disrupt supply into HMP Madeupton'],
        clientRequestId: `psf-accept-${nominalId}`,
      },
    });
  const emergencyDecision = (
    nominalId: string,
    key: string,
    extra: object = {},
  ) => ({
    input: {
      nominalId,
      decision: 'ACCEPT',
      reason: 'Release next week; the disruption cannot wait for the PSF',
      cycle: 9,
      seniorResponsibleOfficer: SRO,
      leadAgency: 'POLICE',
      supportingAgencies: ['HMPPS'],
      strategicObjectives: ['Disrupt the supply line on release'],
      clientRequestId: key,
      ...extra,
    },
  });

  it('selects an emergency nomination on the chair’s decision with an SC-vetted SRO, refusing anyone else and a lesser SRO (E528-E530, E793)', async () => {
    const id = 'NOM-00320';
    const nominated = expectOk(
      await ask('police-analyst', EMERGENCY, {
        input: {
          ...nominationOf(id),
          reason: 'Released on licence in six days; supply line active',
          clientRequestId: 'emergency-00320',
        },
      }),
    );
    expect(nominated).toMatchObject({
      status: 'NOMINATED',
      emergencyNomination: {
        reason: 'Released on licence in six days; supply line active',
        requestedBy: callerOf('police-analyst').sub,
        decision: null,
      },
    });
    const before = await membershipOf(id);
    const byAnalyst = await ask(
      'police-analyst',
      DECIDE_EMERGENCY,
      emergencyDecision(id, 'emergency-decide-analyst'),
    );
    expect(codeOf(byAnalyst)).toBe('FORBIDDEN');
    const otherRegion = await ask(
      LONDON_LEAD,
      DECIDE_EMERGENCY,
      emergencyDecision(id, 'emergency-decide-london'),
    );
    expect(codeOf(otherRegion)).toBe('FORBIDDEN');
    const lesserSro = await ask(
      'regional-lead',
      DECIDE_EMERGENCY,
      emergencyDecision(id, 'emergency-decide-nppv', {
        seniorResponsibleOfficer: { ...SRO, vetting: 'NPPV3' },
      }),
    );
    expect(codeOf(lesserSro)).toBe('BAD_USER_INPUT');
    expect(lesserSro.errors?.[0]?.message).toContain('SC vetting or above');
    expect(await membershipOf(id)).toEqual(before);

    const accepted = expectOk(
      await ask(
        'regional-lead',
        DECIDE_EMERGENCY,
        emergencyDecision(id, 'emergency-decide-00320'),
      ),
    );
    expect(accepted).toMatchObject({
      status: 'SELECTED',
      forumDecision: {
        decision: 'ACCEPT',
        cycle: 9,
        seniorResponsibleOfficer: 'DCI Imaginary, North West ROCU',
        leadAgency: 'POLICE',
      },
      emergencyNomination: {
        decision: 'ACCEPT',
        decidedBy: callerOf('regional-lead').sub,
      },
    });
    const twice = await ask(
      'regional-lead',
      DECIDE_EMERGENCY,
      emergencyDecision(id, 'emergency-decide-again'),
    );
    expect(codeOf(twice)).toBe('INVALID_TRANSITION');
  });

  it('refers an emergency nomination to the next PSF, where it is decided as any other; a nomination not made as one is not decided so', async () => {
    const id = 'NOM-00321';
    expectOk(
      await ask('prison-intel', EMERGENCY, {
        input: {
          ...nominationOf(id),
          reason: 'Conveyance of phones into HMP Madeupton this month',
          clientRequestId: 'emergency-00321',
        },
      }),
    );
    const referred = expectOk(
      await ask('regional-lead', DECIDE_EMERGENCY, {
        input: {
          nominalId: id,
          decision: 'REFER_TO_PSF',
          reason: 'Harm evidenced but not urgent; the PSF is in a fortnight',
          clientRequestId: 'emergency-refer-00321',
        },
      }),
    );
    expect(referred).toMatchObject({
      status: 'NOMINATED',
      forumDecision: null,
      emergencyNomination: { decision: 'REFER_TO_PSF' },
    });
    expect(expectOk(await acceptAtPsf(id))).toMatchObject({
      status: 'SELECTED',
    });

    const ordinary = 'NOM-00322';
    expectOk(
      await ask('police-analyst', NOMINATE, {
        input: nominationOf(ordinary),
      }),
    );
    const notEmergency = await ask(
      'regional-lead',
      DECIDE_EMERGENCY,
      emergencyDecision(ordinary, 'emergency-decide-ordinary'),
    );
    expect(codeOf(notEmergency)).toBe('BAD_USER_INPUT');
    expect(notEmergency.errors?.[0]?.message).toContain(
      'was not made as an emergency',
    );
  });

  it('keeps a returned nomination from the PSF until the nominator resubmits and the hub passes it (E778, E783)', async () => {
    const id = 'NOM-00323';
    expectOk(
      await ask('police-analyst', NOMINATE, { input: nominationOf(id) }),
    );
    const check = (outcome: string, key: string, extra: object = {}) => ({
      input: { nominalId: id, outcome, clientRequestId: key, ...extra },
    });
    const noReason = await ask(
      'regional-lead',
      CHECK,
      check('RETURN', 'check-no-reason', { note: 'Missing' }),
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const byAnalyst = await ask(
      'police-analyst',
      CHECK,
      check('PASS', 'check-by-analyst'),
    );
    expect(codeOf(byAnalyst)).toBe('FORBIDDEN');
    // Told only that, whether or not the nominal has a nomination.
    const neverNominated = await ask('police-analyst', CHECK, {
      input: {
        nominalId: 'NOM-00329',
        outcome: 'PASS',
        clientRequestId: 'check-by-analyst',
      },
    });
    expect(neverNominated.errors).toEqual(byAnalyst.errors);
    const returned = expectOk(
      await ask(
        'regional-lead',
        CHECK,
        check('RETURN', 'check-return-00323', {
          reasons: ['CRITERIA_NOT_EVIDENCED', 'SUBJECT_PROFILE_INCOMPLETE'],
          note: 'Attach the RIU subject profile and the evidence of harm',
        }),
      ),
    );
    expect(returned.qualityChecks).toEqual([
      {
        outcome: 'RETURN',
        reasons: ['CRITERIA_NOT_EVIDENCED', 'SUBJECT_PROFILE_INCOMPLETE'],
        note: 'Attach the RIU subject profile and the evidence of harm',
        by: callerOf('regional-lead').sub,
      },
    ]);

    // Returned: neither decided at the PSF nor checked again before resubmission.
    const early = await acceptAtPsf(id);
    expect(codeOf(early)).toBe('INVALID_TRANSITION');
    expect(early.errors?.[0]?.message).toContain(
      "has not passed the hub's quality check",
    );
    const again = await ask(
      'regional-lead',
      CHECK,
      check('PASS', 'check-pass-early'),
    );
    expect(codeOf(again)).toBe('INVALID_TRANSITION');
    const notNominator = await ask('prison-intel', RESUBMIT, {
      input: {
        nominalId: id,
        note: 'Added',
        clientRequestId: 'resubmit-hmpps',
      },
    });
    expect(codeOf(notNominator)).toBe('FORBIDDEN');
    expect(await membershipOf(id)).toMatchObject({
      status: 'NOMINATED',
      qualityChecks: [{ outcome: 'RETURN' }],
    });

    expectOk(
      await ask('police-analyst', RESUBMIT, {
        input: {
          nominalId: id,
          note: 'Subject profile of 3 March attached; harm evidenced by two seizures',
          clientRequestId: 'resubmit-00323',
        },
      }),
    );
    const passed = expectOk(
      await ask('regional-lead', CHECK, check('PASS', 'check-pass-00323')),
    );
    expect(
      (passed.qualityChecks as { outcome: string }[]).map(
        (entry) => entry.outcome,
      ),
    ).toEqual(['RETURN', 'RESUBMITTED', 'PASS']);
    expect(expectOk(await acceptAtPsf(id))).toMatchObject({
      status: 'SELECTED',
    });
  });

  it('keeps the history of a nominal nominated again: the earlier nomination and its outcome (E784, E828)', async () => {
    const id = 'NOM-00324';
    const first = expectOk(
      await ask('police-analyst', NOMINATE, { input: nominationOf(id) }),
    );
    expectOk(
      await ask('regional-lead', DECIDE, {
        input: {
          meetingId: await openQuorateForum(ask, 9, [id]),
          nominalId: id,
          decision: 'DECLINE',
          cycle: 9,
          reason: 'Harm not evidenced',
          clientRequestId: `psf-decline-${id}`,
        },
      }),
    );
    const second = expectOk(
      await ask('police-analyst', NOMINATE, { input: nominationOf(id, 10) }),
    );
    expect(second.nominationId).not.toBe(first.nominationId);
    expect(second).toMatchObject({
      status: 'NOMINATED',
      previousNominations: [
        {
          nominationId: first.nominationId,
          status: 'NOT_SELECTED',
          region: 'NORTH_WEST',
          cycleNominated: 9,
        },
      ],
    });
    expect(first.previousNominations).toEqual([]);
  });
});
