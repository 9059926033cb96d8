import { type StoreConnection } from '@marsoc/platform/store';
import { type Region } from '@marsoc/schema';
import {
  type Confidence,
  type ModerationStatus,
  type ThreatPhase,
  type ThreatType,
} from './apmisVocabulary';

type Text = string;
type NullableText = string | null;
/** A JSON list as stored (checked valid by the table). */
type JsonText = string;
/** 0 or 1. */
type Flag = number;

/**
 * The APMIS tables its reads query (Kysely's database type), column names as
 * stored: dates ISO text, lists JSON text, flags 0 or 1, a cohort record's id
 * an integer (references.ts shows it to callers as `CN-000042`). The tables
 * check their codes (apmisTables.sql.ts and its parts); a code column read
 * straight into a caller's row is typed with its vocabulary, the rest are
 * typed by the row mappers (readStored*.ts).
 */
export interface ApmisTables {
  apmis_nominal: {
    nominal_id: Text;
    apmis_reference: Text;
    recorded_name: Text;
    date_of_birth: Text;
    region: Region;
    owning_unit: Text;
  };
  apmis_soc_threat: {
    id: Text;
    nominal_id: Text;
    threat_type: ThreatType;
    threat_area: Text;
    morile_score: number;
    morile_confidence: Confidence;
    tier: number;
    moderation_status: ModerationStatus;
    owning_unit: Text;
    phase: ThreatPhase;
    assessed_on: Text;
  };
  apmis_disruption: {
    id: Text;
    nominal_id: Text;
    disrupted_on: Text;
    lead_agency: Text;
    supporting_agencies: JsonText;
    recording_agency: Text;
    four_p: Text;
    assessment: Text;
    description: Text;
    marsoc_flag: Flag;
    arrests: number;
  };
  apmis_search_name: {
    nominal_id: Text;
    forename_key: NullableText;
    surname_key: Text;
  };
  cohort_nomination: {
    id: number;
    nominal_id: Text;
    status: Text;
    region: Text;
    nominating_agency: Text;
    supervision_at_nomination: Text;
    mandatory_criteria: JsonText;
    other_criteria: JsonText;
    cycle_nominated: number;
    nominated_on: Text;
    not_put_forward_reason: NullableText;
    forum_decision: NullableText;
    cycle_decided: number | null;
    decision_reason: NullableText;
    senior_responsible_officer: NullableText;
    lead_agency: NullableText;
    supporting_agencies: JsonText;
    strategic_objectives: JsonText;
    redirected_from: NullableText;
    cycle_deselected: number | null;
    deselection_reason: NullableText;
    deselection_rationale: NullableText;
    exited_on: NullableText;
    exit_rationale: NullableText;
    monitoring_until: NullableText;
    alert_agencies: JsonText;
    national_records_updated: Flag | null;
    partners_updated: Flag | null;
  };
  cohort_four_p_plan: {
    nomination_id: number;
    nominal_id: Text;
    pursue: JsonText;
    prevent: JsonText;
    protect: JsonText;
    prepare: JsonText;
    updated_at: Text;
    updated_by: Text;
  };
  cohort_tpm_action: {
    id: number;
    nomination_id: number;
    nominal_id: Text;
    action: Text;
    owning_agency: Text;
    due_on: Text;
    status: Text;
    raised_at: Text;
    raised_by: Text;
    updated_at: Text;
  };
  cohort_event: {
    id: number;
    nomination_id: number;
    nominal_id: Text;
    transition: Text;
    from_status: NullableText;
    to_status: Text;
    actor_sub: Text;
    actor_agency: Text;
    occurred_at: Text;
    cycle: number | null;
    detail: Text;
  };
  disruption_record: {
    id: number;
    nominal_id: Text;
    region: Text;
    disrupted_on: Text;
    recorded_on: Text;
    lead_agency: Text;
    supporting_agencies: JsonText;
    recording_agency: Text;
    recorded_by: Text;
    four_p: Text;
    assessment: Text;
    description: Text;
    arrests: number;
    marsoc_flag: Flag;
    status: Text;
    moderated_by: NullableText;
    moderated_at: NullableText;
    rejection_reason: NullableText;
    disruption_id: NullableText;
  };
  disruption_flag_change: {
    id: number;
    disruption_id: Text;
    nominal_id: Text;
    from_flag: Flag;
    to_flag: Flag;
    changed_by: Text;
    changed_by_agency: Text;
    changed_at: Text;
    reason: Text;
  };
  cohort_emergency_nomination: {
    nomination_id: number;
    nominal_id: Text;
    reason: Text;
    requested_by: Text;
    requested_at: Text;
    decision: NullableText;
    decision_reason: NullableText;
    decided_by: NullableText;
    decided_at: NullableText;
  };
  cohort_quality_check: {
    id: number;
    nomination_id: number;
    nominal_id: Text;
    outcome: Text;
    reasons: JsonText;
    note: NullableText;
    by_sub: Text;
    by_agency: Text;
    at: Text;
  };
  cohort_transfer: {
    id: number;
    nomination_id: number;
    nominal_id: Text;
    from_region: Text;
    to_region: Text;
    reason: Text;
    requested_by: Text;
    requested_at: Text;
    status: Text;
    decided_by: NullableText;
    decided_at: NullableText;
    decision_reason: NullableText;
  };
  cohort_tpm_assignment: {
    action_id: number;
    meeting_id: number;
    owner_name: Text;
  };
  cohort_tpm_update: {
    id: number;
    action_id: number;
    nominal_id: Text;
    from_status: Text;
    to_status: Text;
    note: NullableText;
    by_sub: Text;
    by_agency: Text;
    at: Text;
  };
  cohort_monitoring_plan: {
    nomination_id: number;
    nominal_id: Text;
    plan: Text;
    monitoring_agency: Text;
    review_on: Text;
    set_by: Text;
    set_at: Text;
  };
}

/** What APMIS's reads are built over: the store's query builder and its dialect. */
export type ApmisStore = Pick<StoreConnection<ApmisTables>, 'db' | 'dialect'>;
