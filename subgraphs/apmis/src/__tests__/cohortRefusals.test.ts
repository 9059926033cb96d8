import { type SqliteDatabase } from '@marsoc/platform/store';
import {
  createFixedPolicy,
  createSubgraphTestServer,
  type OperationResult,
  type SubgraphTestServer,
} from '@marsoc/platform/testing';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { type ApmisLoaders } from '../loaders';
import { type ApmisRepository } from '../repository/ApmisRepository';
import {
  acceptanceOf,
  COHORT_MANAGEMENT,
  daysFromToday,
  deselectionOf,
  dumpCohort,
  FRESH_NOMINAL,
  HMPPS_OFFICER,
  MUTATIONS,
  NOMINATOR,
  nominationOf,
  NORTH_WEST_LEAD,
  openCohortStore,
} from './cohortTestKit';
import { apmisService } from '../apmisService';
import { inForum, openForum } from './forumTestKit';

let database: SqliteDatabase;
let repository: ApmisRepository;
let server: SubgraphTestServer<ApmisLoaders>;
beforeEach(async () => {
  ({ database, repository } = await openCohortStore());
  server = createSubgraphTestServer(apmisService, { repository });
});
afterEach(() => repository.close());

interface RunOptions {
  /** The request's purpose; COHORT_MANAGEMENT unless given, none when null. */
  purpose?: RequestPurpose | null;
  on?: SubgraphTestServer<ApmisLoaders>;
}

async function run(
  mutation: keyof typeof MUTATIONS,
  input: Record<string, unknown>,
  caller: Caller = NORTH_WEST_LEAD,
  options: RunOptions = {},
): Promise<OperationResult> {
  return (options.on ?? server).execute(
    MUTATIONS[mutation],
    { input },
    {
      caller,
      purpose:
        options.purpose === undefined ? COHORT_MANAGEMENT : options.purpose,
    },
  );
}

/** Runs a change that must be refused, and proves nothing was written. */
async function expectRefusal(
  code: string,
  attempt: () => Promise<OperationResult>,
): Promise<{ message: string; problems: string[] }> {
  const before = dumpCohort(database);
  const result = await attempt();
  expect(dumpCohort(database)).toEqual(before);
  expect(result.data?.change ?? null).toBeNull();
  const [error] = result.errors ?? [];
  expect(error?.extensions?.code).toBe(code);
  return {
    message: error?.message ?? '',
    problems: (error?.extensions?.problems as string[] | undefined) ?? [],
  };
}

/** A decision put by `caller` to the North West lead's quorate PSF of cycle 7, with `agenda` on it. */
async function decideAs(
  caller: Caller,
  input: Record<string, unknown>,
  agenda: readonly string[] = [FRESH_NOMINAL],
): Promise<OperationResult> {
  const meetingId = await openForum(
    (query, variables, context) => server.execute(query, variables, context),
    7,
    agenda,
  );
  return server.execute(
    MUTATIONS.decide,
    { input: inForum(meetingId, input) },
    { caller, purpose: COHORT_MANAGEMENT },
  );
}

async function selectFreshNominal(): Promise<void> {
  await run('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR);
  await decideAs(NORTH_WEST_LEAD, acceptanceOf(FRESH_NOMINAL));
}

/** The fresh nominal selected with one open action owned by HMPPS; its id. */
async function selectWithHmppsAction(): Promise<string | undefined> {
  await selectFreshNominal();
  const added = await run('addAction', {
    nominalId: FRESH_NOMINAL,
    action: 'Search cell',
    owningAgency: 'HMPPS',
    dueDate: daysFromToday(7),
  });
  return (added.data?.change as { tpmActions: { id: string }[] }).tpmActions[0]
    ?.id;
}

describe('refused cohort changes write nothing', () => {
  it('refuses a nominal not on the SOC master list as bad input', async () => {
    const { problems } = await expectRefusal('BAD_USER_INPUT', () =>
      run('nominate', nominationOf('NOM-99999'), NOMINATOR),
    );
    expect(problems).toEqual(['NOM-99999 is not on the SOC master list.']);
  });

  it('lists every bad field of an acceptance: no objectives, an unknown lead agency', async () => {
    await run('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR);
    const { problems } = await expectRefusal('BAD_USER_INPUT', () =>
      decideAs(NORTH_WEST_LEAD, {
        ...acceptanceOf(FRESH_NOMINAL),
        leadAgency: 'MI7',
        strategicObjectives: [],
      }),
    );
    expect(problems).toHaveLength(2);
  });

  it('refuses a TPM action due in the past', async () => {
    await selectFreshNominal();
    const { problems } = await expectRefusal('BAD_USER_INPUT', () =>
      run('addAction', {
        nominalId: FRESH_NOMINAL,
        action: 'Search cell',
        owningAgency: 'HMPPS',
        dueDate: daysFromToday(-1),
      }),
    );
    expect(problems[0]).toMatch(/^dueDate \d{4}-\d{2}-\d{2} is in the past/);
  });

  it("refuses a PSF decision by anyone but the forum's chair: one member alone does not decide (E794)", async () => {
    await run('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR);
    const { message } = await expectRefusal('FORBIDDEN', () =>
      decideAs(NOMINATOR, acceptanceOf(FRESH_NOMINAL)),
    );
    expect(message).toContain('Only the chair of');
  });

  it('tells a caller who may not decide only that, not what is wrong with the input', async () => {
    const { problems } = await expectRefusal('FORBIDDEN', () =>
      decideAs(
        NOMINATOR,
        { nominalId: 'NOM-99999', decision: 'MAYBE', cycle: -1 },
        [],
      ),
    );
    expect(problems).toHaveLength(1);
  });

  it('refuses cohort changes under any purpose but COHORT_MANAGEMENT, and without one', async () => {
    const intelligence: RequestPurpose = {
      purpose: 'INTELLIGENCE_DEVELOPMENT',
      justification: 'Unit test of the workflow',
    };
    await expectRefusal('FORBIDDEN', () =>
      run('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR, {
        purpose: intelligence,
      }),
    );
    await expectRefusal('PURPOSE_REQUIRED', () =>
      run('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR, {
        purpose: null,
      }),
    );
  });

  it('refuses a change to cohort records the register does not release to the caller in full', async () => {
    const summaryOnly = createSubgraphTestServer(apmisService, {
      repository,
      policy: createFixedPolicy(() => 'SUMMARY'),
    });
    const { message } = await expectRefusal('FORBIDDEN', () =>
      run('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR, {
        on: summaryOnly,
      }),
    );
    expect(message).toContain('sharing register');
  });

  it('refuses TPM work to a caller the register shows the TPM Action Log only as held', async () => {
    await selectFreshNominal();
    const existenceOnly = createSubgraphTestServer(apmisService, {
      repository,
      policy: createFixedPolicy((marking) =>
        marking.category === 'DISRUPTION' ? 'EXISTENCE' : 'FULL',
      ),
    });
    const { message } = await expectRefusal('FORBIDDEN', () =>
      run(
        'addAction',
        {
          nominalId: FRESH_NOMINAL,
          action: 'Search cell',
          owningAgency: 'HMPPS',
          dueDate: daysFromToday(7),
        },
        NOMINATOR,
        { on: existenceOnly },
      ),
    );
    expect(message).toContain('CohortMembership.tpmActions');
  });

  it('refuses a TPM action on a declined nominal as an invalid transition (E807)', async () => {
    await run('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR);
    await decideAs(NORTH_WEST_LEAD, {
      nominalId: FRESH_NOMINAL,
      decision: 'DECLINE',
      cycle: 7,
      reason: 'Harm not evidenced',
    });
    const { problems } = await expectRefusal('INVALID_TRANSITION', () =>
      run('addAction', {
        nominalId: FRESH_NOMINAL,
        action: 'Search cell',
        owningAgency: 'HMPPS',
        dueDate: daysFromToday(7),
      }),
    );
    expect(problems).toEqual([
      `Cannot add an action to the TPM Action Log: ${FRESH_NOMINAL}'s nomination is NOT_SELECTED, and that is allowed only from SELECTED.`,
    ]);
  });

  it('refuses to deselect a nominal who is not on the cohort (E822)', async () => {
    const { problems } = await expectRefusal('INVALID_TRANSITION', () =>
      run('deselect', deselectionOf(FRESH_NOMINAL, 8, 'OTHER')),
    );
    expect(problems[0]).toContain('has never been nominated');
  });

  it('refuses a deselection whose monitoring plan is unsound, listing every problem (E828)', async () => {
    await selectFreshNominal();
    const deselection = deselectionOf(FRESH_NOMINAL, 8);
    const { problems } = await expectRefusal('BAD_USER_INPUT', () =>
      run('deselect', {
        ...deselection,
        monitoringPlan: {
          ...deselection.monitoringPlan,
          monitoringAgency: 'MI7',
          reviewOn: daysFromToday(-1),
        },
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems.join(' ')).toContain('monitoringPlan.monitoringAgency');
    expect(problems.join(' ')).toContain('monitoringPlan.reviewOn');
  });

  it('refuses to nominate someone already on the cohort, or to exit someone never deselected', async () => {
    await selectFreshNominal();
    await expectRefusal('INVALID_TRANSITION', () =>
      run('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR),
    );
    await expectRefusal('INVALID_TRANSITION', () =>
      run('exit', {
        nominalId: FRESH_NOMINAL,
        rationale: 'Test',
        monitoringUntil: daysFromToday(30),
        alertAgencies: ['POLICE'],
        nationalRecordsUpdated: true,
        partnersUpdated: true,
      }),
    );
  });

  it('refuses to reopen a completed TPM action', async () => {
    const actionId = await selectWithHmppsAction();
    const completed = await run(
      'updateAction',
      { actionId, status: 'COMPLETED', clientRequestId: 'unit-complete-1' },
      HMPPS_OFFICER,
    );
    expect(completed.errors).toBeUndefined();
    const { problems } = await expectRefusal('INVALID_TRANSITION', () =>
      run(
        'updateAction',
        { actionId, status: 'IN_PROGRESS', clientRequestId: 'unit-reopen-1' },
        HMPPS_OFFICER,
      ),
    );
    expect(problems[0]).toMatch(/is COMPLETED; it may go to nothing else/);
  });

  it("refuses an update of a TPM action by staff of any agency but the action's owner (E813)", async () => {
    const actionId = await selectWithHmppsAction();
    for (const caller of [NORTH_WEST_LEAD, NOMINATOR]) {
      const { message } = await expectRefusal('FORBIDDEN', () =>
        run(
          'updateAction',
          {
            actionId,
            status: 'IN_PROGRESS',
            clientRequestId: `unit-not-owner-${caller.sub}`,
          },
          caller,
        ),
      );
      expect(message).toContain('(HMPPS) may update it');
    }
  });

  it('refuses a deselection at or before the cycle the nominal was selected at', async () => {
    await selectFreshNominal();
    await expectRefusal('BAD_USER_INPUT', () =>
      run('deselect', deselectionOf(FRESH_NOMINAL, 7, 'OTHER')),
    );
  });

  it('refuses a regional lead acting on a nomination held in another region', async () => {
    const elsewhere = (
      await repository.findCohortMembershipsByNominalIds(
        await repository.findCurrentCohortNominalIds(null),
      )
    ).find((membership) => membership.region !== 'NORTH_WEST');
    expect(elsewhere).toBeDefined();
    const { message } = await expectRefusal('FORBIDDEN', () =>
      run('deselect', deselectionOf(String(elsewhere?.nominalId), 9, 'OTHER')),
    );
    expect(message).toContain(
      `this nomination is held in ${elsewhere?.region}`,
    );
  });
});
