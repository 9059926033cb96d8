import { writeMutation } from './writeMutation';

/**
 * The nomination hand-offs' GraphQL (seed 000 E528-E530, E777-E828): a
 * nominal's membership as the hub holds it, and the mutations that move it.
 * Every selection names `__typename` for the classification banners.
 */
const MEMBERSHIP_FIELDS = `__typename nominationId status region nominatingAgency cycleNominated
  forumDecision { __typename decision cycle reason seniorResponsibleOfficer leadAgency supportingAgencies }
  emergencyNomination { __typename reason requestedBy decision decisionReason decidedBy }
  qualityChecks { __typename outcome reasons note by byAgency }
  previousNominations { __typename nominationId status region cycleNominated decision }
  pendingTransfer { __typename id fromRegion toRegion status }
  deselection { __typename reason cycle rationale }
  monitoringPlan { __typename plan monitoringAgency reviewOn }
  tpmActions { __typename id action owningAgency dueDate status
    assignment { __typename meetingId ownerName }
    updates { __typename fromStatus toStatus note byAgency } }`;
export const TRANSFER_FIELDS = `__typename id fromRegion toRegion reason status requestedAt decidedBy decisionReason nominal { __typename id }`;

const changesMembership = (field: string, inputType: string) =>
  writeMutation(field, inputType, MEMBERSHIP_FIELDS);

export const MEMBERSHIP_QUERY = `query ($id: ID!) {
  nominal(id: $id) { __typename id apmis { __typename name region } cohort { ${MEMBERSHIP_FIELDS} } }
}`;
export const PENDING_TRANSFERS_QUERY = `query ($region: String!) {
  pendingCohortTransfers(region: $region) { ${TRANSFER_FIELDS} }
}`;

export const NOMINATE = changesMembership(
  'nominateForCohort',
  'CohortNominationInput',
);
export const NOMINATE_IN_EMERGENCY = changesMembership(
  'nominateInEmergency',
  'CohortEmergencyNominationInput',
);
export const DECIDE_EMERGENCY = changesMembership(
  'decideEmergencyNomination',
  'CohortEmergencyDecisionInput',
);
export const CHECK_QUALITY = changesMembership(
  'checkNominationQuality',
  'CohortQualityCheckInput',
);
export const RESUBMIT = changesMembership(
  'resubmitNomination',
  'CohortResubmissionInput',
);
export const ASSIGN_TPM_ACTION = changesMembership(
  'assignTpmAction',
  'CohortTpmAssignmentInput',
);
export const UPDATE_TPM_ACTION = changesMembership(
  'updateTpmAction',
  'CohortTpmActionUpdateInput',
);
export const DESELECT = changesMembership(
  'deselectFromCohort',
  'CohortDeselectionInput',
);
export const REQUEST_TRANSFER = writeMutation(
  'requestCohortTransfer',
  'CohortTransferRequestInput',
  TRANSFER_FIELDS,
);
export const DECIDE_TRANSFER = writeMutation(
  'decideCohortTransfer',
  'CohortTransferDecisionInput',
  TRANSFER_FIELDS,
);

export interface TpmActionView {
  id: string | null;
  action: string | null;
  owningAgency: string | null;
  dueDate: string | null;
  status: string | null;
  assignment: { meetingId: string | null; ownerName: string | null } | null;
  updates:
    | {
        fromStatus: string | null;
        toStatus: string | null;
        note: string | null;
        byAgency: string | null;
      }[]
    | null;
}

/** A nominal's membership as the gateway answers it; any part null where withheld. */
export type MembershipView = Record<string, unknown> & {
  status: string | null;
  region: string | null;
  tpmActions: TpmActionView[] | null;
};

export interface TransferView {
  id: string | null;
  fromRegion: string | null;
  toRegion: string | null;
  reason: string | null;
  status: string | null;
  requestedAt: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
  nominal: { id: string } | null;
}

/** The closed lists the forms offer (the API's own values). */
export const SUPERVISION_STATUSES = ['CUSTODY', 'PROBATION', 'NONE'];
export const MANDATORY_CRITERIA = [
  'HIGHEST_HARM',
  'CURRENT_SOC_ACTIVITY',
  'MULTI_AGENCY_OPPORTUNITY',
];
export const OTHER_CRITERIA = [
  'FUTURE_HARM_POTENTIAL',
  'DIRECTS_OTHERS',
  'OFFENDING_FROM_CUSTODY',
  'UNDER_SUPERVISION',
  'OCG_LINKED',
];
export const QUALITY_RETURN_REASONS = [
  'INFORMATION_MISSING',
  'CRITERIA_NOT_EVIDENCED',
  'CASE_FILE_INCOMPLETE',
  'SUBJECT_PROFILE_INCOMPLETE',
  'BELONGS_TO_ANOTHER_REGION',
];
export const DESELECTION_REASONS = [
  'THREAT_LEVEL_REDUCED',
  'INSUFFICIENT_RESOURCE',
  'LACK_OF_INTELLIGENCE',
  'CRITERIA_NO_LONGER_MET',
  'OTHER',
];
export const LEAD_AGENCIES = ['POLICE', 'HMPPS', 'NCA', 'HMRC'];
export const PARTNER_AGENCIES = ['POLICE', 'HMPPS', 'NCA', 'HMRC', 'DWP'];
