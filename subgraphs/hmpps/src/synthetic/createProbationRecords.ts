import {
  addDays,
  addMonths,
  FORENAMES,
  type Random,
  SNAPSHOT_DATE,
  SURNAMES,
  type SyntheticNominal,
} from '@marsoc/platform';
import {
  PROBATION_LICENCE_CONDITION_TYPES,
  type PrisonCustodyStatus,
  type ProbationRoshLevel,
} from '../repository/codes';
import {
  type ProbationLicenceConditionRow,
  type ProbationRiskRow,
  type ProbationSupervisionRow,
} from '../repository/HmppsRepository';
import { LICENCE_CONDITION_WORDINGS } from '../reference/licenceConditions';
import { PROBATION_REGIONS } from '../reference/regions';
import { type CustodyDates } from '@marsoc/platform';

export interface ProbationRecords {
  supervision: ProbationSupervisionRow;
  licenceConditions: ProbationLicenceConditionRow[];
  risk: ProbationRiskRow;
}

type Stage = Pick<
  ProbationSupervisionRow,
  'status' | 'supervisionType' | 'startDate' | 'endDate'
>;

/** Where the case stands in probation, following the custodial episode (if any). */
function planStage(
  random: Random,
  status: PrisonCustodyStatus | null,
  dates: CustodyDates | null,
): Stage {
  const releasedOn = dates?.releasedOn ?? SNAPSHOT_DATE;
  const ends = dates?.licenceExpiryDate ?? null;
  switch (status) {
    case 'REMAND':
      return {
        status: 'PRE_SENTENCE',
        supervisionType: null,
        startDate: dates?.receptionDate ?? SNAPSHOT_DATE,
        endDate: null,
      };
    case 'IN_CUSTODY':
      return {
        status: 'PRE_RELEASE',
        supervisionType: 'LICENCE',
        startDate: dates?.earliestReleaseDate ?? SNAPSHOT_DATE,
        endDate: ends,
      };
    case 'RECALLED':
      return {
        status: 'RECALLED',
        supervisionType: 'LICENCE',
        startDate: releasedOn,
        endDate: ends,
      };
    case 'RELEASED_ON_LICENCE':
      return {
        status: 'ACTIVE',
        supervisionType: 'LICENCE',
        startDate: releasedOn,
        endDate: ends,
      };
    case 'RELEASED':
      return {
        status: 'ACTIVE',
        supervisionType: 'POST_SENTENCE_SUPERVISION',
        startDate: ends ?? releasedOn,
        endDate: addMonths(releasedOn, 12),
      };
    case null: {
      const startDate = addDays(SNAPSHOT_DATE, -random.integer(30, 540));
      return {
        status: 'ACTIVE',
        supervisionType: 'COMMUNITY_ORDER',
        startDate,
        endDate: addMonths(startDate, random.pick([24, 36])),
      };
    }
  }
}

const ROSH: readonly ProbationRoshLevel[] = [
  'LOW',
  'MEDIUM',
  'MEDIUM',
  'HIGH',
  'HIGH',
  'HIGH',
  'VERY_HIGH',
];

/**
 * OASys risk of serious harm, skewed high as befits a SOC cohort, and MAPPA
 * management for about a third: category 2 (violent) or 3 (other dangerous
 * offenders), mostly at level 1 (seed 002 L168 on MAPPA).
 */
function createRisk(random: Random, nominalId: string): ProbationRiskRow {
  const managedUnderMappa = random.chance(0.35);
  const levelRoll = random.next();
  return {
    nominalId,
    mappaLevel: managedUnderMappa
      ? levelRoll < 0.55
        ? 1
        : levelRoll < 0.9
          ? 2
          : 3
      : null,
    mappaCategory: managedUnderMappa ? (random.chance(0.75) ? 2 : 3) : null,
    roshLevel: random.pick(ROSH),
    assessedOn: addDays(SNAPSHOT_DATE, -random.integer(10, 300)),
  };
}

/** Supervision, licence conditions (seed 002 L1018: geographic restrictions) and risk for a nominal with a CRN. */
export function createProbationRecords(
  random: Random,
  nominal: SyntheticNominal,
  crn: string,
  custodyStatus: PrisonCustodyStatus | null,
  dates: CustodyDates | null,
): ProbationRecords {
  const region = random.pick(PROBATION_REGIONS[nominal.region]);
  const deliveryUnit = random.pick(region.deliveryUnits);
  const stage = planStage(random, custodyStatus, dates);
  const supervision: ProbationSupervisionRow = {
    nominalId: nominal.id,
    crn,
    probationRegion: region.name,
    offenderManager: `${random.pick(FORENAMES)} ${random.pick(SURNAMES)}`,
    team: `${deliveryUnit} PDU, Team ${random.integer(1, 4)}`,
    ...stage,
  };
  const conditionCount =
    stage.status === 'PRE_SENTENCE' ? 0 : random.integer(1, 4);
  const licenceConditions = random
    .shuffle(PROBATION_LICENCE_CONDITION_TYPES)
    .slice(0, conditionCount)
    .map((conditionType) => ({
      nominalId: nominal.id,
      conditionType,
      description: LICENCE_CONDITION_WORDINGS[conditionType].replace(
        '{place}',
        deliveryUnit,
      ),
    }));
  return {
    supervision,
    licenceConditions,
    risk: createRisk(random, nominal.id),
  };
}
