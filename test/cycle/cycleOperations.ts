import { type Caller } from '@marsoc/schema';
import {
  createInProcessSupergraph,
  type InProcessSupergraphOptions,
} from '../helpers/inProcessSupergraph';
import { callerOf } from '../helpers/personas';
import {
  asCaller,
  expectOk,
  memberOf,
  SC_SRO,
  SCHEDULE,
} from '../meetings/meetingOperations';

/** The operations and callers the cycle tests share (seed 000 E528-E530, E545-E549, E777-E828). */
const mutation = (field: string, inputType: string, selection: string) =>
  `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;

export const RECORD_FIELDS = `id date recordedOn leadAgency supportingAgencies recordingAgency recordedBy
  fourP assessment arrests marsocFlag status moderatedBy rejectionReason nominal { id }
  disruption { id date recordedOn marsocFlag }`;
export const MEMBERSHIP_FIELDS = `nominationId status region
  forumDecision { decision cycle seniorResponsibleOfficer leadAgency }
  emergencyNomination { reason requestedBy decision decisionReason decidedBy }
  qualityChecks { outcome reasons note by }
  previousNominations { nominationId status region cycleNominated }
  pendingTransfer { id fromRegion toRegion status }
  monitoringPlan { plan monitoringAgency reviewOn setBy }
  deselection { reason cycle }
  tpmActions { id owningAgency status assignment { meetingId ownerName } updates { fromStatus toStatus note byAgency } }
  events { transition actorSub detail }`;
export const TRANSFER_FIELDS = `id fromRegion toRegion reason status decidedBy decisionReason nominal { id }`;

export const RECORD = mutation(
  'recordDisruption',
  'DisruptionRecordInput',
  RECORD_FIELDS,
);
export const MODERATE = mutation(
  'moderateDisruption',
  'DisruptionModerationInput',
  RECORD_FIELDS,
);
export const BACK_FILL = mutation(
  'backFillMarsocFlag',
  'MarsocFlagBackFillInput',
  'id marsocFlag marsocFlagHistory { fromFlag toFlag changedBy changedByAgency changedAt reason }',
);
export const EMERGENCY = mutation(
  'nominateInEmergency',
  'CohortEmergencyNominationInput',
  MEMBERSHIP_FIELDS,
);
export const DECIDE_EMERGENCY = mutation(
  'decideEmergencyNomination',
  'CohortEmergencyDecisionInput',
  MEMBERSHIP_FIELDS,
);
export const CHECK = mutation(
  'checkNominationQuality',
  'CohortQualityCheckInput',
  MEMBERSHIP_FIELDS,
);
export const RESUBMIT = mutation(
  'resubmitNomination',
  'CohortResubmissionInput',
  MEMBERSHIP_FIELDS,
);
export const REQUEST_TRANSFER = mutation(
  'requestCohortTransfer',
  'CohortTransferRequestInput',
  TRANSFER_FIELDS,
);
export const DECIDE_TRANSFER = mutation(
  'decideCohortTransfer',
  'CohortTransferDecisionInput',
  TRANSFER_FIELDS,
);
export const ASSIGN = mutation(
  'assignTpmAction',
  'CohortTpmAssignmentInput',
  MEMBERSHIP_FIELDS,
);
export const UPDATE_ACTION = mutation(
  'updateTpmAction',
  'CohortTpmActionUpdateInput',
  MEMBERSHIP_FIELDS,
);
export const DESELECT = mutation(
  'deselectFromCohort',
  'CohortDeselectionInput',
  MEMBERSHIP_FIELDS,
);
export const NOT_PUT_FORWARD = mutation(
  'recordNotPutForward',
  'CohortNotPutForwardInput',
  'status',
);
export const NOMINATE = mutation(
  'nominateForCohort',
  'CohortNominationInput',
  MEMBERSHIP_FIELDS,
);

export const MEMBERSHIP = `query ($id: ID!) { nominal(id: $id) { cohort { ${MEMBERSHIP_FIELDS} } } }`;
export const TRANSFER = `query ($id: ID!) { cohortTransfer(id: $id) { ${TRANSFER_FIELDS} } }`;
export const PENDING = `query ($region: String!) { pendingCohortTransfers(region: $region) { ${TRANSFER_FIELDS} } }`;
export const RECORDS = `query ($region: String!, $status: DisruptionRecordStatus) {
  disruptionRecords(region: $region, status: $status) { id status }
}`;
export const DISRUPTIONS = `query ($id: ID!) { nominal(id: $id) {
  disruptions { id date recordedOn marsocFlag recordingAgency marsocFlagHistory { toFlag changedBy reason } }
} }`;

const lead = callerOf('regional-lead');
/** Regional Leads of two other hubs: the receiving region, and a region with no part in it. */
export const YORKSHIRE_LEAD: Caller = {
  ...lead,
  sub: 'generated-yorkshire-lead',
  unit: 'MARSOC Yorkshire and the Humber Hub',
  regions: ['YORKSHIRE_AND_HUMBER'],
};
export const LONDON_LEAD: Caller = {
  ...lead,
  sub: 'generated-london-lead',
  unit: 'MARSOC London Hub',
  regions: ['LONDON'],
};

/** An SRO as the hub knows them (seed 000 E793: SC-cleared). */
export const SRO = {
  name: 'DCI Imaginary',
  unit: 'North West ROCU',
  vetting: 'SC',
};

export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The seeded nominals on a region's cohort, SELECTED, as its Regional Lead lists them. */
export async function findSelectedNominals(
  ask: ReturnType<typeof asCaller>,
  region: string,
  lead: string | Caller = 'regional-lead',
): Promise<string[]> {
  const cohort = expectOk(
    await ask(lead, '{ cohort { id cohort { region status } } }', {}),
  ) as unknown as { id: string; cohort: { region: string; status: string } }[];
  return cohort
    .filter(
      (member) =>
        member.cohort.region === region && member.cohort.status === 'SELECTED',
    )
    .map((member) => member.id);
}

/** A North West nomination of `cycle`, in custody, meeting the two mandatory criteria (E777). */
export function nominationOf(nominalId: string, cycle = 9) {
  return {
    nominalId,
    region: 'NORTH_WEST',
    cycle,
    supervisionStatus: 'CUSTODY',
    mandatoryCriteriaMet: ['HIGHEST_HARM', 'CURRENT_SOC_ACTIVITY'],
  };
}

/** What follows a deselection (E828): HMPPS monitors, reviewed in 90 days. */
export function monitoringPlanOf() {
  return {
    plan: 'Offender manager reviews associates and address monthly',
    monitoringAgency: 'HMPPS',
    reviewOn: daysFromToday(90),
  };
}

/** A deselection at `cycle` with a reason from the closed list and a monitoring plan (E822, E828). */
export function deselectionOf(
  nominalId: string,
  cycle: number,
  reason = 'THREAT_LEVEL_REDUCED',
) {
  return {
    nominalId,
    reason,
    cycle,
    rationale: 'Harm reduced; now managed under licence',
    monitoringPlan: monitoringPlanOf(),
    clientRequestId: `deselect-${nominalId}-${cycle}-${reason}`,
  };
}

/** The North West TPM of `cycle`, chaired by the regional lead with police, HMPPS and the SRO sitting; its id. */
export async function scheduleTpm(
  ask: ReturnType<typeof asCaller>,
  cycle: number,
): Promise<string> {
  const tpm = expectOk(
    await ask('regional-lead', SCHEDULE, {
      input: {
        kind: 'TPM',
        region: 'NORTH_WEST',
        cycle,
        date: daysFromToday(10),
        clientRequestId: `schedule-nw-tpm-${cycle}`,
        members: [memberOf('police-analyst'), memberOf('prison-intel'), SC_SRO],
      },
    }),
  );
  return String(tpm.id);
}

/**
 * The whole system in process for the test file that calls this (started
 * before its tests, stopped after them), and `ask` on it.
 */
export function useCycleSystem(
  options: InProcessSupergraphOptions = {},
): ReturnType<typeof asCaller> {
  let stop: (() => Promise<void>) | undefined;
  let ask: ReturnType<typeof asCaller> | undefined;
  beforeAll(async () => {
    const system = await createInProcessSupergraph(options);
    stop = () => system.stop();
    ask = asCaller(system);
  }, 120_000);
  afterAll(() => stop?.());
  return (who, query, variables) => {
    if (ask === undefined) throw new Error('the system has not started');
    return ask(who, query, variables);
  };
}
