import { type SubgraphStore } from '@marsoc/platform/store';
import {
  type PrisonAdjudicationFinding,
  type PrisonCustodyStatus,
  type PrisonMovementReason,
  type PrisonSecurityCategory,
  type PrisonSeizedItemType,
  type PrisonVisitType,
  type ProbationLicenceConditionType,
  type ProbationRoshLevel,
  type ProbationSupervisionStatus,
  type ProbationSupervisionType,
} from './codes';
import { type PrisonAssociateLinkType } from './HmppsRepository';

/**
 * The HMPPS store's tables as its queries see them (Kysely's database type):
 * column names as stored, in snake_case. Dates are ISO text; a flag is 0 or 1;
 * a closed list's column holds its names, as the seed writes them (codes.ts).
 * A table of many rows per nominal numbers them with `id`, in the order the
 * seed wrote them, which breaks ties between rows of one date. migrations.ts
 * creates them.
 */
export interface HmppsTables {
  prison_custody: {
    nominal_id: string;
    prison_number: string;
    status: PrisonCustodyStatus;
    establishment: string;
    establishment_region: string;
    security_category: PrisonSecurityCategory;
    reception_date: string;
    earliest_release_date: string | null;
    licence_expiry_date: string | null;
    offence: string | null;
    sentence_months: number | null;
    sentence_date: string | null;
    sentencing_court: string | null;
  };
  prison_movement: {
    id: number;
    nominal_id: string;
    movement_date: string;
    from_location: string;
    to_location: string;
    reason: PrisonMovementReason;
  };
  prison_adjudication: {
    id: number;
    nominal_id: string;
    adjudication_date: string;
    establishment: string;
    charge: string;
    finding: PrisonAdjudicationFinding;
    punishment: string | null;
  };
  prison_seizure: {
    id: number;
    nominal_id: string;
    seizure_date: string;
    item_type: PrisonSeizedItemType;
    establishment: string;
    location: string;
    description: string;
    counter_corruption: number;
  };
  prison_visit: {
    id: number;
    nominal_id: string;
    visit_date: string;
    visitor_name: string;
    relationship: string;
    visit_type: PrisonVisitType;
  };
  prison_phone_contact: {
    id: number;
    nominal_id: string;
    phone_number: string;
    contact_name: string;
    relationship: string;
    approved: number;
  };
  probation_supervision: {
    nominal_id: string;
    crn: string;
    status: ProbationSupervisionStatus;
    probation_region: string;
    offender_manager: string;
    team: string;
    supervision_type: ProbationSupervisionType | null;
    start_date: string;
    end_date: string | null;
  };
  probation_licence_condition: {
    id: number;
    nominal_id: string;
    condition_type: ProbationLicenceConditionType;
    description: string;
  };
  prison_associate_link: {
    id: number;
    nominal_id: string;
    associate_id: string;
    link_type: PrisonAssociateLinkType;
    since: string;
    last_contact: string;
    establishment: string;
  };
  probation_risk: {
    nominal_id: string;
    mappa_level: number | null;
    mappa_category: number | null;
    rosh_level: ProbationRoshLevel;
    assessed_on: string;
  };
}

export type HmppsTable = keyof HmppsTables;

/** The store on either dialect, as the repository queries it. */
export type HmppsStore = Pick<SubgraphStore<HmppsTables>, 'db' | 'dialect'>;
