import {
  type PrisonAdjudicationRow,
  type PrisonCustodyRow,
  type PrisonMovementRow,
  type PrisonPhoneContactRow,
  type PrisonSeizureRow,
  type PrisonVisitRow,
  type ProbationLicenceConditionRow,
  type ProbationRiskRow,
  type ProbationSupervisionRow,
} from '../repository/HmppsRepository';

/** Everything HMPPS holds on one nominal: nulls and empty lists where it holds nothing. */
export interface HmppsRecords {
  custody: PrisonCustodyRow | null;
  movements: PrisonMovementRow[];
  adjudications: PrisonAdjudicationRow[];
  seizures: PrisonSeizureRow[];
  visits: PrisonVisitRow[];
  phoneContacts: PrisonPhoneContactRow[];
  probation: ProbationSupervisionRow | null;
  licenceConditions: ProbationLicenceConditionRow[];
  risk: ProbationRiskRow | null;
}
