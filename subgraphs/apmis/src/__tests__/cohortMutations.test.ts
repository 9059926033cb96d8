import { type SqliteDatabase } from '@marsoc/platform/store';
import { type Caller } from '@marsoc/schema';
import { type ApmisRepository } from '../repository/ApmisRepository';
import {
  acceptanceOf,
  COHORT_MANAGEMENT,
  countRows,
  daysFromToday,
  deselectionOf,
  FRESH_NOMINAL,
  HMPPS_OFFICER,
  LONDON_LEAD,
  MUTATIONS,
  NOMINATOR,
  nominationOf,
  NORTH_WEST_LEAD,
  openCohortStore,
  TRANSFER_MUTATIONS,
  WALES_LEAD,
} from './cohortTestKit';
import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { apmisService } from '../apmisService';
import { decideAtPsf, type Execute, readDecision } from './forumTestKit';

let database: SqliteDatabase;
let repository: ApmisRepository;
beforeEach(async () => {
  ({ database, repository } = await openCohortStore());
});
afterEach(() => repository.close());

type Membership = Record<string, unknown> & {
  status: string;
  region: string;
  nominationId: string;
  events: Record<string, unknown>[];
  tpmActions: { id: string; status: string; updates: unknown[] }[];
};

/** Runs one cohort mutation and returns what it changed, failing on any error. */
async function change(
  mutation: keyof typeof MUTATIONS,
  input: Record<string, unknown>,
  caller: Caller = NORTH_WEST_LEAD,
): Promise<Membership> {
  const server = createSubgraphTestServer(apmisService, { repository });
  const execute: Execute = (query, variables, context) =>
    server.execute(query, variables, context);
  const result =
    mutation === 'decide'
      ? await decideAtPsf(execute, readDecision(input), caller)
      : await execute(
          MUTATIONS[mutation],
          { input },
          { caller, purpose: COHORT_MANAGEMENT },
        );
  expect(result.errors).toBeUndefined();
  return result.data?.change as Membership;
}

const transitionsOf = (membership: Membership) =>
  membership.events.map((event) => event.transition);

describe('the MARSOC cohort workflow in the APMIS subgraph', () => {
  it('nominates a nominal to the caller’s hub, writing the nomination and its event together (E777)', async () => {
    const before = countRows(database);
    const nominated = await change(
      'nominate',
      nominationOf(FRESH_NOMINAL),
      NOMINATOR,
    );
    expect(nominated).toMatchObject({
      status: 'NOMINATED',
      region: 'NORTH_WEST',
      nominatingAgency: 'POLICE',
      cycleNominated: 7,
      mandatoryCriteriaMet: ['HIGHEST_HARM', 'CURRENT_SOC_ACTIVITY'],
      forumDecision: null,
      events: [
        {
          transition: 'NOMINATE',
          fromStatus: null,
          toStatus: 'NOMINATED',
          actorSub: 'test-police-analyst',
          actorAgency: 'POLICE',
          cycle: 7,
          detail: 'NORTH_WEST',
        },
      ],
    });
    const after = countRows(database);
    expect(after.cohort_nomination).toBe((before.cohort_nomination ?? 0) + 1);
    expect(after.cohort_event).toBe((before.cohort_event ?? 0) + 1);
  });

  it('takes a nominal through acceptance, 4P plan, TPM actions, deselection and exit (seed 000 E192-E216)', async () => {
    await change('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR);
    const accepted = await change('decide', acceptanceOf(FRESH_NOMINAL));
    expect(accepted.status).toBe('SELECTED');
    expect(accepted.forumDecision).toEqual({
      decision: 'ACCEPT',
      cycle: 7,
      reason: null,
      seniorResponsibleOfficer: 'DCI Imaginary, North West ROCU',
      leadAgency: 'POLICE',
      supportingAgencies: ['HMPPS', 'DWP'],
      strategicObjectives: ['Disrupt the supply of drugs into HMP Madeupton'],
      redirectedFrom: null,
    });
    const planned = await change('plan', {
      nominalId: FRESH_NOMINAL,
      pursue: ['Build evidence of conspiracy to supply'],
      prevent: ['Restrict visits from known associates'],
    });
    expect(planned.fourPPlan).toEqual({
      pursue: ['Build evidence of conspiracy to supply'],
      prevent: ['Restrict visits from known associates'],
      protect: [],
      prepare: [],
      updatedBy: 'test-regional-lead',
    });
    const tasked = await change(
      'addAction',
      {
        nominalId: FRESH_NOMINAL,
        action: 'Search cell for illicit phones',
        owningAgency: 'HMPPS',
        dueDate: daysFromToday(14),
      },
      NOMINATOR,
    );
    const [action] = tasked.tpmActions;
    expect(action).toMatchObject({
      status: 'OPEN',
      owningAgency: 'HMPPS',
      raisedBy: 'test-police-analyst',
    });
    // The owning agency moves its action on (E813).
    const done = await change(
      'updateAction',
      {
        actionId: action?.id,
        status: 'COMPLETED',
        note: 'Cell searched; two handsets seized',
        clientRequestId: 'unit-update-action-1',
      },
      HMPPS_OFFICER,
    );
    expect(done.tpmActions[0]).toMatchObject({
      status: 'COMPLETED',
      updates: [
        {
          fromStatus: 'OPEN',
          toStatus: 'COMPLETED',
          note: 'Cell searched; two handsets seized',
          byAgency: 'HMPPS',
        },
      ],
    });
    const deselected = await change(
      'deselect',
      deselectionOf(FRESH_NOMINAL, 8),
    );
    expect(deselected).toMatchObject({
      status: 'DESELECTED',
      cycleDeselected: 8,
      deselection: { reason: 'THREAT_LEVEL_REDUCED', cycle: 8 },
      monitoringPlan: {
        plan: 'Offender manager reviews contacts monthly',
        monitoringAgency: 'HMPPS',
        reviewOn: daysFromToday(90),
        setBy: 'test-regional-lead',
      },
    });
    const exited = await change('exit', {
      nominalId: FRESH_NOMINAL,
      rationale: 'Risk-managed exit agreed at PSF',
      monitoringUntil: daysFromToday(180),
      alertAgencies: ['POLICE', 'HMPPS'],
      nationalRecordsUpdated: true,
      partnersUpdated: true,
    });
    expect(exited.status).toBe('EXITED');
    expect(transitionsOf(exited)).toEqual([
      'NOMINATE',
      'ACCEPT',
      'SET_PLAN',
      'ADD_TPM_ACTION',
      'UPDATE_TPM_ACTION',
      'DESELECT',
      'EXIT',
    ]);
    expect(exited.events.map((event) => event.toStatus)).toEqual([
      'NOMINATED',
      'SELECTED',
      'SELECTED',
      'SELECTED',
      'SELECTED',
      'DESELECTED',
      'EXITED',
    ]);
  });

  it('defers a decision for more information and accepts it at a later PSF (E794)', async () => {
    await change('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR);
    const deferred = await change('decide', {
      nominalId: FRESH_NOMINAL,
      decision: 'DEFER',
      cycle: 7,
      reason: 'Needs an updated Subject Profile from the RIU',
    });
    expect(deferred.status).toBe('DEFERRED');
    const accepted = await change('decide', acceptanceOf(FRESH_NOMINAL, 8));
    expect(accepted).toMatchObject({
      status: 'SELECTED',
      forumDecision: { cycle: 8 },
    });
  });

  it('redirects a nomination to another region, whose lead then decides on it (E800, E804)', async () => {
    await change('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR);
    const redirected = await change('decide', {
      nominalId: FRESH_NOMINAL,
      decision: 'REDIRECT',
      cycle: 7,
      redirectToRegion: 'LONDON',
    });
    expect(redirected).toMatchObject({
      status: 'REDIRECTED',
      region: 'LONDON',
      forumDecision: { decision: 'REDIRECT', redirectedFrom: 'NORTH_WEST' },
    });
    const accepted = await change(
      'decide',
      acceptanceOf(FRESH_NOMINAL),
      LONDON_LEAD,
    );
    expect(accepted).toMatchObject({
      status: 'SELECTED',
      region: 'LONDON',
      forumDecision: { redirectedFrom: 'NORTH_WEST' },
    });
  });

  it('transfers a selected nominal to another regional cohort once its lead accepts, keeping them on the cohort (E823)', async () => {
    await change('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR);
    await change('decide', acceptanceOf(FRESH_NOMINAL));
    const server = createSubgraphTestServer(apmisService, { repository });
    const run = async (
      mutation: keyof typeof TRANSFER_MUTATIONS,
      input: Record<string, unknown>,
      caller: Caller,
    ) =>
      (
        await server.execute(
          TRANSFER_MUTATIONS[mutation],
          { input },
          { caller, purpose: COHORT_MANAGEMENT },
        )
      ).data?.change as Record<string, unknown> | null;
    const asked = await run(
      'request',
      {
        nominalId: FRESH_NOMINAL,
        toRegion: 'WALES',
        reason: 'Moved to HMP Madeupton Wales',
        clientRequestId: 'unit-transfer-request',
      },
      NORTH_WEST_LEAD,
    );
    expect(asked).toMatchObject({
      fromRegion: 'NORTH_WEST',
      toRegion: 'WALES',
      status: 'PENDING',
    });
    // Until the receiving lead accepts, the sending region keeps the nominal.
    expect(
      await repository.findCurrentCohortNominalIds('NORTH_WEST'),
    ).toContain(FRESH_NOMINAL);
    const accepted = await run(
      'decide',
      {
        transferId: asked?.id,
        decision: 'ACCEPT',
        clientRequestId: 'unit-transfer-decision',
      },
      WALES_LEAD,
    );
    expect(accepted).toMatchObject({
      status: 'ACCEPTED',
      decidedBy: 'test-wales-lead',
    });
    const moved = await change(
      'plan',
      { nominalId: FRESH_NOMINAL, pursue: ['Carry on the North West work'] },
      WALES_LEAD,
    );
    expect(moved).toMatchObject({ status: 'SELECTED', region: 'WALES' });
    expect(transitionsOf(moved).slice(-2)).toEqual(['TRANSFER', 'SET_PLAN']);
    expect(moved.events.at(-2)).toMatchObject({
      actorSub: 'test-wales-lead',
      detail: 'NORTH_WEST -> WALES',
    });
    expect(await repository.findCurrentCohortNominalIds('WALES')).toContain(
      FRESH_NOMINAL,
    );
    expect(
      await repository.findCurrentCohortNominalIds('NORTH_WEST'),
    ).not.toContain(FRESH_NOMINAL);
  });

  it('lets the Regional Lead hold a nomination back from the PSF (E785-E793)', async () => {
    await change('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR);
    const held = await change('notPutForward', {
      nominalId: FRESH_NOMINAL,
      reason: 'Already subject of an HMPPS CCU operation',
    });
    expect(held).toMatchObject({
      status: 'NOT_PUT_FORWARD',
      notPutForwardReason: 'Already subject of an HMPPS CCU operation',
    });
  });

  it('opens a new nomination, with its own history, when a declined nominal is nominated again (E486, E828)', async () => {
    const first = await change(
      'nominate',
      nominationOf(FRESH_NOMINAL),
      NOMINATOR,
    );
    await change('decide', {
      nominalId: FRESH_NOMINAL,
      decision: 'DECLINE',
      cycle: 7,
      reason: 'Harm not evidenced',
    });
    const again = await change(
      'nominate',
      nominationOf(FRESH_NOMINAL, 9),
      NOMINATOR,
    );
    expect(again.nominationId).not.toBe(first.nominationId);
    expect(again).toMatchObject({ status: 'NOMINATED', cycleNominated: 9 });
    expect(transitionsOf(again)).toEqual(['NOMINATE']);
  });
});
