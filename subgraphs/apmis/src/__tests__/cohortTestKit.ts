import { DEFAULT_SEED } from '@marsoc/platform';
import { type SqliteDatabase } from '@marsoc/platform/store';
import { TEST_CALLER } from '@marsoc/platform/testing';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { openApmisSqliteStore } from '../repository/openApmisRepository';
import { createApmisRepository } from '../repository/createApmisRepository';

/** A fresh seeded store (the 129 nominations and 71 nominals never nominated) and its database. */
export async function openCohortStore(): Promise<{
  database: SqliteDatabase;
  repository: ApmisRepository;
}> {
  const store = await openApmisSqliteStore({
    dataDirectory: ':memory:',
    seed: DEFAULT_SEED,
    size: 200,
  });
  return {
    database: store.legacySqlite,
    repository: createApmisRepository(store),
  };
}

const COHORT_TABLES = [
  'cohort_nomination',
  'cohort_event',
  'cohort_four_p_plan',
  'cohort_tpm_action',
  'cohort_transfer',
  'cohort_tpm_update',
  'cohort_monitoring_plan',
  'cycle_write',
] as const;

/** Every cohort row, the hand-offs' included, for "nothing was written" comparisons. */
export function dumpCohort(
  database: SqliteDatabase,
): Record<string, unknown[]> {
  return Object.fromEntries(
    COHORT_TABLES.map((table) => [
      table,
      database.prepare(`SELECT * FROM ${table} ORDER BY 1`).all(),
    ]),
  );
}

export function countRows(database: SqliteDatabase): Record<string, number> {
  return Object.fromEntries(
    Object.entries(dumpCohort(database)).map(([table, rows]) => [
      table,
      rows.length,
    ]),
  );
}

export const COHORT_MANAGEMENT: RequestPurpose = {
  purpose: 'COHORT_MANAGEMENT',
  justification: 'Unit test of the MARSOC cohort workflow',
};

/** A police analyst in the North West: nominates and keeps the TPM log. */
export const NOMINATOR: Caller = { ...TEST_CALLER, sub: 'test-police-analyst' };
export const NORTH_WEST_LEAD: Caller = {
  ...TEST_CALLER,
  sub: 'test-regional-lead',
  agency: 'MARSOC',
  unit: 'MARSOC North West Hub',
  roles: ['REGIONAL_LEAD'],
  vetting: 'SC',
};
export const LONDON_LEAD: Caller = {
  ...NORTH_WEST_LEAD,
  sub: 'test-london-lead',
  unit: 'MARSOC London Hub',
  regions: ['LONDON'],
};
export const WALES_LEAD: Caller = {
  ...NORTH_WEST_LEAD,
  sub: 'test-wales-lead',
  unit: 'MARSOC Wales Hub',
  regions: ['WALES'],
};
/** HMPPS staff in the North West: the owning agency of the prison actions the tests raise. */
export const HMPPS_OFFICER: Caller = {
  ...TEST_CALLER,
  sub: 'test-hmpps-officer',
  agency: 'HMPPS',
  unit: 'HMPPS North West SOCU',
};

/** Never nominated: the nominations are the first 129 nominals. */
export const FRESH_NOMINAL = 'NOM-00150';

const MEMBERSHIP = `
  nominationId status region nominatingAgency cycleNominated cycleDeselected
  mandatoryCriteriaMet otherCriteriaMet notPutForwardReason
  forumDecision { decision cycle reason seniorResponsibleOfficer leadAgency supportingAgencies strategicObjectives redirectedFrom }
  fourPPlan { pursue prevent protect prepare updatedBy }
  tpmActions { id action owningAgency dueDate status raisedBy updates { fromStatus toStatus note byAgency } }
  deselection { cycle reason rationale }
  monitoringPlan { plan monitoringAgency reviewOn setBy }
  exit { rationale monitoringUntil alertAgencies nationalRecordsUpdated partnersUpdated }
  events { id transition fromStatus toStatus actorSub actorAgency cycle detail }
`;

function mutationOf(field: string, inputType: string): string {
  return `mutation ($input: ${inputType}!) { change: ${field}(input: $input) { ${MEMBERSHIP} } }`;
}

export const MUTATIONS = {
  nominate: mutationOf('nominateForCohort', 'CohortNominationInput'),
  notPutForward: mutationOf('recordNotPutForward', 'CohortNotPutForwardInput'),
  decide: mutationOf('recordForumDecision', 'CohortForumDecisionInput'),
  plan: mutationOf('setFourPPlan', 'CohortFourPPlanInput'),
  addAction: mutationOf('addTpmAction', 'CohortTpmActionInput'),
  updateAction: mutationOf('updateTpmAction', 'CohortTpmActionUpdateInput'),
  deselect: mutationOf('deselectFromCohort', 'CohortDeselectionInput'),
  exit: mutationOf('recordCohortExit', 'CohortExitInput'),
} as const;

const TRANSFER = 'id fromRegion toRegion status decidedBy decisionReason';
/** The transfer hand-off (E823): the sending lead asks, the receiving lead decides. */
export const TRANSFER_MUTATIONS = {
  request: `mutation ($input: CohortTransferRequestInput!) { change: requestCohortTransfer(input: $input) { ${TRANSFER} } }`,
  decide: `mutation ($input: CohortTransferDecisionInput!) { change: decideCohortTransfer(input: $input) { ${TRANSFER} } }`,
} as const;

export const MEMBERSHIP_QUERY = `query ($id: ID!) { nominal(id: $id) { cohort { ${MEMBERSHIP} } } }`;

/** An ISO date `days` from today. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function nominationOf(nominalId: string, cycle = 7) {
  return {
    nominalId,
    region: 'NORTH_WEST',
    cycle,
    supervisionStatus: 'CUSTODY',
    mandatoryCriteriaMet: ['HIGHEST_HARM', 'CURRENT_SOC_ACTIVITY'],
    otherCriteriaMet: ['OFFENDING_FROM_CUSTODY'],
  };
}

/** A deselection at `cycle` with its closed-list reason and monitoring plan (E822, E828). */
export function deselectionOf(
  nominalId: string,
  cycle: number,
  reason = 'THREAT_LEVEL_REDUCED',
) {
  return {
    nominalId,
    reason,
    cycle,
    rationale: 'Harm reduced after transfer to a category A establishment',
    monitoringPlan: {
      plan: 'Offender manager reviews contacts monthly',
      monitoringAgency: 'HMPPS',
      reviewOn: daysFromToday(90),
    },
    clientRequestId: `kit-deselect-${nominalId}-${cycle}`,
  };
}

/** The SRO named on acceptance: a police member of the forum held at SC (seed 000 E793). */
export const SRO_MEMBER = {
  sub: 'test-police-sro',
  name: 'DCI Imaginary',
  agency: 'POLICE',
  unit: 'North West ROCU',
  vetting: 'SC',
};

/** An acceptance naming the forum's SC-cleared police member as SRO (forumTestKit). */
export function acceptanceOf(nominalId: string, cycle = 7) {
  return {
    nominalId,
    decision: 'ACCEPT',
    cycle,
    seniorResponsibleOfficerSub: SRO_MEMBER.sub,
    leadAgency: 'POLICE',
    supportingAgencies: ['HMPPS', 'DWP'],
    strategicObjectives: ['Disrupt the supply of drugs into HMP Madeupton'],
  };
}
