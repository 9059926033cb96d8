import {
  createRandom,
  type Random,
  SURNAMES,
  type SyntheticNominal,
  THEMES,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { GROUP_ENDINGS } from './fictionalNames';
import {
  type NcaOcgTier,
  type NcaOcgTieringRow,
  type NcaRecordRow,
  type NcaReportingSector,
  type NcaSarReasonCode,
  type NcaThreatArea,
} from '../repository/NcaRepository';
import { LATEST_YEAR, pickDate, pickDigits } from './dates';

/**
 * The nominal whose NCA record carries a covert interest in every seed, so tests
 * can show a non-NCA caller sees exactly what they see for NOM-00001 (which has
 * none). If the population gave it no NCA reference, the seed makes one up.
 */
export const COVERT_FIXTURE_NOMINAL_ID = 'NOM-00002';

/** A SAR as stored: its marking is data, evaluated per record. */
export interface NcaSarSeedRow {
  nominalId: string;
  reference: string;
  submittedOn: string;
  reportingSector: NcaReportingSector;
  amount: number;
  reasonCode: NcaSarReasonCode;
  classification: 'SECRET';
  restrictedTo: 'NCA,HMRC';
}

/** The NCA's overt record of one nominal, ready to insert. */
export interface NcaOvertSeedRecord {
  subject: NcaRecordRow;
  tiering: Omit<NcaOcgTieringRow, 'nationalPriority'>;
  suspiciousActivityReports: NcaSarSeedRow[];
}

const TIERS: readonly NcaOcgTier[] = [
  'TIER_1',
  'TIER_2',
  'TIER_2',
  'TIER_3',
  'TIER_3',
  'TIER_3',
];

/**
 * The NCA tiers the same criminality the police map and APMIS assesses (issue
 * 16 point 8): the nominal's own group, under its band's tier, or for a lone
 * offender a network of the NCA's own naming and the nominal's business.
 */
function describeTiering(random: Random, nominal: SyntheticNominal) {
  const group = nominal.criminality.group;
  const groupName = `${random.pick(SURNAMES)} ${random.pick(GROUP_ENDINGS)}`;
  const tier = random.pick(TIERS);
  const threatArea: NcaThreatArea =
    THEMES[nominal.criminality.theme].ncaThreatArea;
  if (group === null) return { groupName, tier, threatArea };
  return {
    groupName: group.name,
    tier: `TIER_${group.band.slice(0, 1)}` as NcaOcgTier,
    threatArea,
  };
}
const SECTORS: readonly NcaReportingSector[] = [
  'BANK',
  'BANK',
  'BANK',
  'BUILDING_SOCIETY',
  'MONEY_SERVICE_BUSINESS',
  'MONEY_SERVICE_BUSINESS',
  'ACCOUNTANT',
  'SOLICITOR',
  'ESTATE_AGENT',
  'GAMBLING_OPERATOR',
  'HIGH_VALUE_DEALER',
  'CRYPTOASSET_BUSINESS',
];
const REASONS: readonly NcaSarReasonCode[] = [
  'CASH_INCONSISTENT_WITH_PROFILE',
  'STRUCTURED_DEPOSITS',
  'THIRD_PARTY_PAYMENTS',
  'RAPID_MOVEMENT_OF_FUNDS',
  'CRYPTOASSET_CONVERSION',
  'PROPERTY_PURCHASE_UNEXPLAINED_FUNDS',
  'DEFENCE_AGAINST_MONEY_LAUNDERING_REQUEST',
];

/** True when the NCA holds a record on the nominal. */
export function holdsNcaRecord(nominal: SyntheticNominal): boolean {
  return (
    nominal.ncaReference !== null || nominal.id === COVERT_FIXTURE_NOMINAL_ID
  );
}

/**
 * The overt NCA record: reference, OCG tiering (every record has one, so
 * tiering never hints at covert interest) and SARs. It is drawn from its own
 * seeded stream and knows nothing of covert interest, so no overt value or
 * count can be a proxy for it.
 */
export function generateNcaRecord(
  seed: string,
  nominal: SyntheticNominal,
): NcaOvertSeedRecord | null {
  if (!holdsNcaRecord(nominal)) return null;
  const random = createRandom(`${seed}:nca:${nominal.id}`);
  const nominalId = nominal.id;
  const ncaReference =
    nominal.ncaReference ?? `NCA/${random.integer(10000, 99999)}`;
  const assessedYear = random.integer(2019, LATEST_YEAR);
  const sarCount = random.pick([0, 0, 1, 1, 2, 3, 4]);
  return {
    subject: { nominalId, ncaReference },
    tiering: {
      nominalId,
      ...describeTiering(random, nominal),
      assessedOn: pickDate(random, assessedYear, assessedYear),
    },
    suspiciousActivityReports: Array.from(
      {
        length:
          nominalId === WELL_KNOWN_NOMINAL_ID
            ? Math.max(2, sarCount)
            : sarCount,
      },
      () => generateSar(random, nominalId),
    ),
  };
}

function generateSar(random: Random, nominalId: string): NcaSarSeedRow {
  const year = random.integer(2018, LATEST_YEAR);
  return {
    nominalId,
    reference: `SAR/${year}/${pickDigits(random, 7)}`,
    submittedOn: pickDate(random, year, year),
    reportingSector: random.pick(SECTORS),
    amount: random.integer(3, 500) * 500,
    reasonCode: random.pick(REASONS),
    classification: 'SECRET',
    restrictedTo: 'NCA,HMRC',
  };
}
