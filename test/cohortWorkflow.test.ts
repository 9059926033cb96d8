import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';
import {
  asCaller,
  openQuorateForum,
  SC_SRO,
} from './meetings/meetingOperations';
import { deselectionOf, monitoringPlanOf } from './cycle/cycleOperations';

/**
 * The MARSOC cohort workflow (seed 000 E192-E216) through the real gateway,
 * the real register and real personas. Each test works on its own nominal,
 * from those the seeded population never nominated (NOM-00130 on).
 */
const COHORT_MANAGEMENT = purposeOf(
  'COHORT_MANAGEMENT',
  'Preparing the North West PSF and TPM',
);

const MEMBERSHIP = `status region
  forumDecision { decision seniorResponsibleOfficer leadAgency }
  fourPPlan { pursue prevent }
  tpmActions { id status owningAgency }
  deselection { reason cycle }
  monitoringPlan { plan monitoringAgency reviewOn }
  events { transition fromStatus toStatus actorSub actorAgency }`;

const mutation = (field: string, inputType: string) =>
  `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${MEMBERSHIP} } }`;

const NOMINATE = mutation('nominateForCohort', 'CohortNominationInput');
const DECIDE = mutation('recordForumDecision', 'CohortForumDecisionInput');
const PLAN = mutation('setFourPPlan', 'CohortFourPPlanInput');
const ADD_ACTION = mutation('addTpmAction', 'CohortTpmActionInput');
const DESELECT = mutation('deselectFromCohort', 'CohortDeselectionInput');

const dueIn = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function nominationOf(nominalId: string) {
  return {
    nominalId,
    region: 'NORTH_WEST',
    cycle: 7,
    supervisionStatus: 'CUSTODY',
    mandatoryCriteriaMet: ['HIGHEST_HARM', 'CURRENT_SOC_ACTIVITY'],
  };
}

describe('the MARSOC cohort workflow through the gateway (seed 000 E192-E216, Table B1)', () => {
  let system: InProcessSupergraph;
  const as = (persona: string, query: string, input: object) =>
    system.query(callerOf(persona), COHORT_MANAGEMENT, query, { input });
  const stateOf = async (nominalId: string) =>
    (
      await system.query(
        callerOf('regional-lead'),
        COHORT_MANAGEMENT,
        `query ($id: ID!) { nominal(id: $id) { cohort { ${MEMBERSHIP} } } }`,
        { id: nominalId },
      )
    ).data;
  /** A PSF decision as the forum takes it: in the quorate PSF of cycle 7, by its chair. */
  const decide = async (persona: string, decision: Record<string, unknown>) => {
    const nominalId = String(decision.nominalId);
    const meetingId = await openQuorateForum(asCaller(system), 7, [nominalId]);
    return as(persona, DECIDE, {
      ...decision,
      meetingId,
      clientRequestId: `decide-${nominalId}-${String(decision.decision)}`,
    });
  };
  const codeOf = (result: GatewayResult) =>
    result.errors?.[0]?.extensions?.code;
  const expectOk = (result: GatewayResult) => {
    expect(result.errors).toBeUndefined();
    return Object.values(result.data ?? {})[0] as Record<string, unknown>;
  };

  beforeAll(async () => {
    system = await createInProcessSupergraph();
  }, 120_000);
  afterAll(() => system.stop());

  it('nominates, accepts in a quorate PSF, plans, tasks and deselects a nominal, logging who did each', async () => {
    const id = 'NOM-00301';
    expectOk(await as('police-analyst', NOMINATE, nominationOf(id)));
    const accepted = expectOk(
      await decide('regional-lead', {
        nominalId: id,
        decision: 'ACCEPT',
        cycle: 7,
        seniorResponsibleOfficerSub: SC_SRO.sub,
        leadAgency: 'POLICE',
        supportingAgencies: ['HMPPS'],
        strategicObjectives: ['Disrupt supply into HMP Madeupton'],
      }),
    );
    expect(accepted).toMatchObject({
      status: 'SELECTED',
      forumDecision: { decision: 'ACCEPT', leadAgency: 'POLICE' },
    });
    expectOk(
      await as('regional-lead', PLAN, {
        nominalId: id,
        pursue: ['Evidence conspiracy to supply'],
        prevent: ['Restrict visits'],
      }),
    );
    const tasked = expectOk(
      await as('police-analyst', ADD_ACTION, {
        nominalId: id,
        action: 'Request a cell search',
        owningAgency: 'HMPPS',
        dueDate: dueIn(14),
      }),
    );
    expect(tasked.tpmActions).toEqual([
      {
        id: expect.stringMatching(/^TPM-\d+$/),
        status: 'OPEN',
        owningAgency: 'HMPPS',
      },
    ]);
    const deselected = expectOk(
      await as(
        'regional-lead',
        DESELECT,
        deselectionOf(id, 8, 'THREAT_LEVEL_REDUCED'),
      ),
    );
    expect(deselected).toMatchObject({
      status: 'DESELECTED',
      deselection: { reason: 'THREAT_LEVEL_REDUCED', cycle: 8 },
      monitoringPlan: monitoringPlanOf(),
    });
    expect(deselected.events).toEqual([
      {
        transition: 'NOMINATE',
        fromStatus: null,
        toStatus: 'NOMINATED',
        actorSub: 'dev-0001-police-analyst',
        actorAgency: 'POLICE',
      },
      {
        transition: 'ACCEPT',
        fromStatus: 'NOMINATED',
        toStatus: 'SELECTED',
        actorSub: 'dev-0008-regional-lead',
        actorAgency: 'MARSOC',
      },
      {
        transition: 'SET_PLAN',
        fromStatus: 'SELECTED',
        toStatus: 'SELECTED',
        actorSub: 'dev-0008-regional-lead',
        actorAgency: 'MARSOC',
      },
      {
        transition: 'ADD_TPM_ACTION',
        fromStatus: 'SELECTED',
        toStatus: 'SELECTED',
        actorSub: 'dev-0001-police-analyst',
        actorAgency: 'POLICE',
      },
      {
        transition: 'DESELECT',
        fromStatus: 'SELECTED',
        toStatus: 'DESELECTED',
        actorSub: 'dev-0008-regional-lead',
        actorAgency: 'MARSOC',
      },
    ]);
    expect(await stateOf(id)).toEqual({ nominal: { cohort: deselected } });
  });

  it('shows forum partners without an agreement the PSF decision but not the 4P plan or TPM log (E496, E526)', async () => {
    const id = 'NOM-00307';
    expectOk(await as('police-analyst', NOMINATE, nominationOf(id)));
    expectOk(
      await decide('regional-lead', {
        nominalId: id,
        decision: 'ACCEPT',
        cycle: 7,
        seniorResponsibleOfficerSub: SC_SRO.sub,
        leadAgency: 'HMPPS',
        strategicObjectives: ['Stop the conveyance of phones'],
      }),
    );
    expectOk(
      await as('regional-lead', PLAN, {
        nominalId: id,
        protect: ['Safeguard the cell mate'],
      }),
    );
    expectOk(
      await as('police-analyst', ADD_ACTION, {
        nominalId: id,
        action: 'Review visits list',
        owningAgency: 'HMPPS',
        dueDate: dueIn(7),
      }),
    );
    const view = `query ($id: ID!) { nominal(id: $id) { cohort { status forumDecision { leadAgency } fourPPlan { protect } tpmActions { id } } } }`;
    for (const persona of ['dwp-officer', 'nca-officer']) {
      const seen = await system.query(
        callerOf(persona),
        COHORT_MANAGEMENT,
        view,
        { id },
      );
      expect(seen.data).toEqual({
        nominal: {
          cohort: {
            status: 'SELECTED',
            forumDecision: { leadAgency: 'HMPPS' },
            fourPPlan: null,
            tpmActions: null,
          },
        },
      });
      const withheld = (seen.errors ?? []).map(
        (error) =>
          `${String(error.extensions?.category)} ${String(error.extensions?.held ?? false)}`,
      );
      // The NCA is told the plan exists and whom to ask; DWP, with no agreement at all, is not.
      expect(withheld).toEqual(
        persona === 'nca-officer'
          ? ['DISRUPTION true', 'DISRUPTION true']
          : ['DISRUPTION false', 'DISRUPTION false'],
      );
    }
  });

  it('refuses a TPM action on a declined nominal, changing nothing (E807)', async () => {
    const id = 'NOM-00302';
    expectOk(await as('police-analyst', NOMINATE, nominationOf(id)));
    expectOk(
      await decide('regional-lead', {
        nominalId: id,
        decision: 'DECLINE',
        cycle: 7,
        reason: 'Harm not evidenced',
      }),
    );
    const before = await stateOf(id);
    const refused = await as('regional-lead', ADD_ACTION, {
      nominalId: id,
      action: 'Request a cell search',
      owningAgency: 'HMPPS',
      dueDate: dueIn(7),
    });
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    expect(refused.errors?.[0]?.message).toBe(
      `Cohort change refused; nothing was written. Cannot add an action to the TPM Action Log: ${id}'s nomination is NOT_SELECTED, and that is allowed only from SELECTED.`,
    );
    expect(await stateOf(id)).toEqual(before);
  });

  it('refuses to deselect someone who is not on the cohort, changing nothing (E822)', async () => {
    const never = 'NOM-00303';
    const awaiting = 'NOM-00305';
    expectOk(await as('police-analyst', NOMINATE, nominationOf(awaiting)));
    for (const id of [never, awaiting]) {
      const before = await stateOf(id);
      const refused = await as(
        'regional-lead',
        DESELECT,
        deselectionOf(id, 8, 'OTHER'),
      );
      expect(codeOf(refused)).toBe('INVALID_TRANSITION');
      expect(await stateOf(id)).toEqual(before);
    }
    expect(await stateOf(never)).toEqual({ nominal: { cohort: null } });
  });

  it('refuses a PSF decision by a police analyst present at the forum: only its chair records one (E794)', async () => {
    const id = 'NOM-00304';
    expectOk(await as('police-analyst', NOMINATE, nominationOf(id)));
    const before = await stateOf(id);
    const refused = await decide('police-analyst', {
      nominalId: id,
      decision: 'DECLINE',
      cycle: 7,
      reason: 'Low harm',
    });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain(
      'decisions are recorded in the meeting by its chair',
    );
    expect(await stateOf(id)).toEqual(before);
    expect(before).toMatchObject({
      nominal: { cohort: { status: 'NOMINATED' } },
    });
  });

  it('refuses the North West lead acting on a nominal held in another region, changing nothing', async () => {
    const cohort = await system.query(
      callerOf('regional-lead'),
      COHORT_MANAGEMENT,
      '{ cohort { id cohort { region } } }',
    );
    const members = (cohort.data?.cohort ?? []) as {
      id: string;
      cohort: { region: string };
    }[];
    const elsewhere = members.find(
      (member) => member.cohort.region !== 'NORTH_WEST',
    );
    if (elsewhere === undefined)
      throw new Error('the seeded cohort has no one outside the North West');
    const before = await stateOf(elsewhere.id);
    const refused = await as(
      'regional-lead',
      DESELECT,
      deselectionOf(elsewhere.id, 9, 'OTHER'),
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain(
      `this nomination is held in ${elsewhere.cohort.region}`,
    );
    expect(await stateOf(elsewhere.id)).toEqual(before);
  });

  it('refuses any cohort change made for performance reporting', async () => {
    const id = 'NOM-00306';
    const refused = await system.query(
      callerOf('police-analyst'),
      purposeOf('PERFORMANCE_REPORTING'),
      NOMINATE,
      { input: nominationOf(id) },
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(await stateOf(id)).toEqual({ nominal: { cohort: null } });
  });
});
