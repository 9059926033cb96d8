import { Agency, type Region } from '@marsoc/schema';
import { type CohortStatus, type SupervisionStatus } from './apmisVocabulary';
import { type DeselectionReason, type ForumDecision } from './cohortVocabulary';
import { type CohortMembershipRow } from './CohortRows';
import { formatReference } from './references';

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

/** The SELECT list that reads a `cohort_nomination` row as a StoredNomination. */
export const NOMINATION_COLUMNS = `id, nominal_id AS "nominalId", status, region,
  nominating_agency AS "nominatingAgency", supervision_at_nomination AS "supervisionAtNomination",
  mandatory_criteria AS "mandatoryCriteria", other_criteria AS "otherCriteria",
  cycle_nominated AS "cycleNominated", nominated_on AS "nominatedOn",
  not_put_forward_reason AS "notPutForwardReason", forum_decision AS "forumDecision",
  cycle_decided AS "cycleDecided", decision_reason AS "decisionReason",
  senior_responsible_officer AS "seniorResponsibleOfficer", lead_agency AS "leadAgency",
  supporting_agencies AS "supportingAgencies", strategic_objectives AS "strategicObjectives",
  redirected_from AS "redirectedFrom", cycle_deselected AS "cycleDeselected",
  deselection_reason AS "deselectionReason", deselection_rationale AS "deselectionRationale",
  exited_on AS "exitedOn", exit_rationale AS "exitRationale", monitoring_until AS "monitoringUntil",
  alert_agencies AS "alertAgencies", national_records_updated AS "nationalRecordsUpdated",
  partners_updated AS "partnersUpdated"`;

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
