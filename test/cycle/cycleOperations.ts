import { type Caller } from '@marsoc/schema';
import { callerOf } from '../helpers/personas';

/** The operations and callers the cycle tests share (seed 000 E528-E530, E545-E549, E777-E828). */
const mutation = (field: string, inputType: string, selection: string) =>
  `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;

export const RECORD_FIELDS = `id date recordedOn leadAgency supportingAgencies recordingAgency recordedBy
  fourP assessment arrests marsocFlag status moderatedBy rejectionReason nominal { id }
  disruption { id date recordedOn marsocFlag }`;
export const MEMBERSHIP_FIELDS = `nominationId status region
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
