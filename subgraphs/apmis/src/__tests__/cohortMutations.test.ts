import { type SqliteDatabase } from '@marsoc/platform/store';
import { type Caller } from '@marsoc/schema';
import { type ApmisRepository } from '../repository/ApmisRepository';
import {
  acceptanceOf,
  COHORT_MANAGEMENT,
  countRows,
  daysFromToday,
  FRESH_NOMINAL,
  LONDON_LEAD,
  MUTATIONS,
  NOMINATOR,
  nominationOf,
  NORTH_WEST_LEAD,
  openCohortStore,
} from './cohortTestKit';
import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { apmisService } from '../apmisService';
import { decideAtPsf, type Execute, readDecision } from './forumTestKit';

let database: SqliteDatabase;
let repository: ApmisRepository;
beforeEach(() => {
  ({ database, repository } = openCohortStore());
});
afterEach(() => repository.close());

type Membership = Record<string, unknown> & {
  status: string;
  region: string;
  nominationId: string;
  events: Record<string, unknown>[];
  tpmActions: { id: string; status: string }[];
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
    const done = await change('updateAction', {
      actionId: action?.id,
      status: 'COMPLETED',
    });
    expect(done.tpmActions[0]?.status).toBe('COMPLETED');
    const deselected = await change('deselect', {
      nominalId: FRESH_NOMINAL,
      reason: 'THREAT_LEVEL_REDUCED',
      cycle: 8,
      rationale: 'Harm reduced after transfer to a category A establishment',
    });
    expect(deselected).toMatchObject({
      status: 'DESELECTED',
      cycleDeselected: 8,
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

  it('transfers a selected nominal to another regional cohort, keeping them on the cohort (E823)', async () => {
    await change('nominate', nominationOf(FRESH_NOMINAL), NOMINATOR);
    await change('decide', acceptanceOf(FRESH_NOMINAL));
    const moved = await change('transfer', {
      nominalId: FRESH_NOMINAL,
      toRegion: 'WALES',
    });
    expect(moved).toMatchObject({ status: 'SELECTED', region: 'WALES' });
    expect(moved.events.at(-1)).toMatchObject({
      transition: 'TRANSFER',
      detail: 'NORTH_WEST -> WALES',
    });
    expect(repository.findCurrentCohortNominalIds('WALES')).toContain(
      FRESH_NOMINAL,
    );
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
