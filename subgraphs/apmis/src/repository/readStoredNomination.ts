import { Agency, type Region } from '@marsoc/schema';
import { type CohortStatus, type SupervisionStatus } from './apmisVocabulary';
import { type DeselectionReason, type ForumDecision } from './cohortVocabulary';
import { type CohortMembershipRow } from './CohortRows';
import { formatReference } from './references';
import { toColumnList } from './toColumnList';

/** The columns of a nomination as stored: lists as JSON, flags as 0/1. */
export interface StoredNomination {
  id: number;
  nominalId: string;
  status: CohortStatus;
  region: Region;
  nominatingAgency: Agency;
  supervisionAtNomination: SupervisionStatus;
  mandatoryCriteria: string;
  otherCriteria: string;
  cycleNominated: number;
  nominatedOn: string;
  notPutForwardReason: string | null;
  forumDecision: ForumDecision | null;
  cycleDecided: number | null;
  decisionReason: string | null;
  seniorResponsibleOfficer: string | null;
  leadAgency: Agency | null;
  supportingAgencies: string;
  strategicObjectives: string;
  redirectedFrom: Region | null;
  cycleDeselected: number | null;
  deselectionReason: DeselectionReason | null;
  deselectionRationale: string | null;
  exitedOn: string | null;
  exitRationale: string | null;
  monitoringUntil: string | null;
  alertAgencies: string;
  nationalRecordsUpdated: number | null;
  partnersUpdated: number | null;
}

/** The columns read as the stored row's fields, as a Kysely selection: Kysely quotes the aliases, so PostgreSQL keeps their case. */
export const NOMINATION_SELECTION = [
  'id',
  'nominal_id as nominalId',
  'status',
  'region',
  'nominating_agency as nominatingAgency',
  'supervision_at_nomination as supervisionAtNomination',
  'mandatory_criteria as mandatoryCriteria',
  'other_criteria as otherCriteria',
  'cycle_nominated as cycleNominated',
  'nominated_on as nominatedOn',
  'not_put_forward_reason as notPutForwardReason',
  'forum_decision as forumDecision',
  'cycle_decided as cycleDecided',
  'decision_reason as decisionReason',
  'senior_responsible_officer as seniorResponsibleOfficer',
  'lead_agency as leadAgency',
  'supporting_agencies as supportingAgencies',
  'strategic_objectives as strategicObjectives',
  'redirected_from as redirectedFrom',
  'cycle_deselected as cycleDeselected',
  'deselection_reason as deselectionReason',
  'deselection_rationale as deselectionRationale',
  'exited_on as exitedOn',
  'exit_rationale as exitRationale',
  'monitoring_until as monitoringUntil',
  'alert_agencies as alertAgencies',
  'national_records_updated as nationalRecordsUpdated',
  'partners_updated as partnersUpdated',
] as const;

/** The SELECT list that reads a `cohort_nomination` row as a StoredNomination. */
export const NOMINATION_COLUMNS = toColumnList(NOMINATION_SELECTION);

/** A JSON list column as strings; anything else in it is dropped. */
export function readTextList(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed)
    ? parsed.filter((item): item is string => typeof item === 'string')
    : [];
}

function readAgencyList(json: string): Agency[] {
  return readTextList(json).filter(Agency.is);
}

/** A stored nomination as the row callers read, its parts nested and typed. */
export function readStoredNomination(
  stored: StoredNomination,
): CohortMembershipRow {
  const { nominalId } = stored;
  return {
    nominalId,
    nominationId: formatReference('nomination', stored.id),
    status: stored.status,
    region: stored.region,
    nominatingAgency: stored.nominatingAgency,
    supervisionAtNomination: stored.supervisionAtNomination,
    mandatoryCriteriaMet: readTextList(stored.mandatoryCriteria),
    otherCriteriaMet: readTextList(stored.otherCriteria),
    cycleNominated: stored.cycleNominated,
    nominatedOn: stored.nominatedOn,
    cycleDeselected: stored.cycleDeselected,
    notPutForwardReason: stored.notPutForwardReason,
    forumDecision: readForumDecision(stored),
    deselection:
      stored.cycleDeselected === null
        ? null
        : {
            nominalId,
            cycle: stored.cycleDeselected,
            reason: stored.deselectionReason,
            rationale: stored.deselectionRationale,
          },
    exit: readExit(stored),
  };
}

function readForumDecision(
  stored: StoredNomination,
): CohortMembershipRow['forumDecision'] {
  if (stored.forumDecision === null || stored.cycleDecided === null)
    return null;
  return {
    nominalId: stored.nominalId,
    decision: stored.forumDecision,
    cycle: stored.cycleDecided,
    reason: stored.decisionReason,
    seniorResponsibleOfficer: stored.seniorResponsibleOfficer,
    leadAgency: stored.leadAgency,
    supportingAgencies: readAgencyList(stored.supportingAgencies),
    strategicObjectives: readTextList(stored.strategicObjectives),
    redirectedFrom: stored.redirectedFrom,
  };
}

function readExit(stored: StoredNomination): CohortMembershipRow['exit'] {
  if (stored.exitedOn === null) return null;
  return {
    nominalId: stored.nominalId,
    exitedOn: stored.exitedOn,
    rationale: stored.exitRationale ?? '',
    monitoringUntil: stored.monitoringUntil ?? '',
    alertAgencies: readAgencyList(stored.alertAgencies),
    nationalRecordsUpdated: stored.nationalRecordsUpdated === 1,
    partnersUpdated: stored.partnersUpdated === 1,
  };
}
