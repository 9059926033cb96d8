import { writeMutation } from './writeMutation';

/**
 * Disruptions recorded through the gateway and their moderation (seed 000
 * E545-E549, seed 003 A:872-A:881). `__typename` is selected for the banners.
 */
const RECORD_FIELDS = `__typename id date recordedOn region leadAgency supportingAgencies recordingAgency
  fourP assessment description arrests marsocFlag status moderatedBy rejectionReason
  nominal { __typename id } disruption { __typename id }`;

export const DISRUPTION_RECORDS_QUERY = `query ($region: String!, $status: DisruptionRecordStatus) {
  disruptionRecords(region: $region, status: $status) { ${RECORD_FIELDS} }
}`;
export const RECORD_DISRUPTION = writeMutation(
  'recordDisruption',
  'DisruptionRecordInput',
  RECORD_FIELDS,
);
export const MODERATE_DISRUPTION = writeMutation(
  'moderateDisruption',
  'DisruptionModerationInput',
  RECORD_FIELDS,
);

export interface DisruptionRecordView {
  id: string | null;
  date: string | null;
  recordedOn: string | null;
  leadAgency: string | null;
  supportingAgencies: string[] | null;
  recordingAgency: string | null;
  fourP: string | null;
  assessment: string | null;
  description: string | null;
  arrests: number | null;
  marsocFlag: boolean | null;
  status: string | null;
  rejectionReason: string | null;
  nominal: { id: string } | null;
  disruption: { id: string } | null;
}

export const FOUR_P = ['PURSUE', 'PREVENT', 'PROTECT', 'PREPARE'];
export const ASSESSMENTS = ['MAJOR', 'MODERATE', 'MINOR', 'NO_IMPACT'];
export const RECORD_STATUSES = ['RECORDED', 'MODERATED', 'REJECTED'];
