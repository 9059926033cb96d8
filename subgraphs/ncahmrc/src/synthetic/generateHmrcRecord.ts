import {
  createRandom,
  type Random,
  SURNAMES,
  type SyntheticNominal,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { BUSINESS_TRADES } from './fictionalNames';
import { generateHmrcAssets } from './generateHmrcAssets';
import {
  type HmrcDirectorshipRow,
  type HmrcInvestigationRow,
  type HmrcRecordRow,
  type HmrcSelfAssessmentRow,
  type HmrcVatRegistrationRow,
  type HmrcAssetRow,
} from '../repository/HmrcRepository';
import {
  formatDate,
  formatTaxYear,
  LATEST_TAX_YEAR_START,
  LATEST_YEAR,
  pickDate,
  pickDigits,
} from './dates';

/** Everything HMRC holds on one nominal, ready to insert. */
export interface HmrcSeedRecord {
  taxpayer: HmrcRecordRow;
  selfAssessments: HmrcSelfAssessmentRow[];
  directorships: HmrcDirectorshipRow[];
  vatRegistrations: HmrcVatRegistrationRow[];
  assets: HmrcAssetRow[];
  investigations: HmrcInvestigationRow[];
}

/** The Self Assessment personal allowance used to work out tax due (2023-24). */
const PERSONAL_ALLOWANCE = 12570;

/**
 * HMRC's synthetic record of a nominal with an HMRC reference (the UTR), or
 * null for one without. Seeded per nominal, so a nominal's record is the same
 * whatever the population size. NOM-00001 always has the full picture: six
 * years of returns declaring almost nothing beside two companies, a VAT
 * registration, property and an open criminal investigation (seed 002
 * L787-L788: declared income against companies and properties; no tax paid for
 * at least six years).
 */
export function generateHmrcRecord(
  seed: string,
  nominal: SyntheticNominal,
): HmrcSeedRecord | null {
  if (nominal.hmrcReference === null) return null;
  const random = createRandom(`${seed}:hmrc:${nominal.id}`);
  const wellKnown = nominal.id === WELL_KNOWN_NOMINAL_ID;
  const nominalId = nominal.id;
  const directorships = generateDirectorships(random, nominalId, wellKnown);
  return {
    taxpayer: { nominalId, taxReference: nominal.hmrcReference },
    selfAssessments: generateSelfAssessments(random, nominalId, wellKnown),
    directorships,
    vatRegistrations: generateVatRegistrations(
      random,
      nominalId,
      wellKnown,
      directorships,
    ),
    assets: generateHmrcAssets(random, nominalId, wellKnown),
    investigations: generateInvestigations(random, nominalId, wellKnown),
  };
}

function generateSelfAssessments(
  random: Random,
  nominalId: string,
  wellKnown: boolean,
): HmrcSelfAssessmentRow[] {
  const years = wellKnown ? 6 : random.integer(1, 6);
  return Array.from({ length: years }, (_, back) => {
    const startYear = LATEST_TAX_YEAR_START - back;
    const declaredIncome = wellKnown
      ? random.integer(0, 110) * 100
      : random.chance(0.2)
        ? 0
        : random.integer(40, 600) * 100;
    const unfiled = back === 0 && random.chance(0.25);
    return {
      nominalId,
      taxYear: formatTaxYear(startYear),
      declaredIncome,
      taxDue: Math.max(
        0,
        Math.round((declaredIncome - PERSONAL_ALLOWANCE) * 0.2),
      ),
      filedOn: unfiled ? null : pickFilingDate(random, startYear),
    };
  });
}

/** Between the July after the tax year and a year after the 31 January deadline. */
function pickFilingDate(random: Random, startYear: number): string {
  const monthsAfterJuly = random.integer(0, 18);
  const month = ((6 + monthsAfterJuly) % 12) + 1;
  const year = startYear + 1 + Math.floor((6 + monthsAfterJuly) / 12);
  return formatDate(year, month, random.integer(1, 28));
}

function generateDirectorships(
  random: Random,
  nominalId: string,
  wellKnown: boolean,
): HmrcDirectorshipRow[] {
  const count = wellKnown ? 2 : random.pick([0, 0, 1, 1, 2, 3]);
  return Array.from({ length: count }, (_, index) => {
    const appointedYear = random.integer(2010, LATEST_YEAR - 1);
    const resigned = !(wellKnown && index === 0) && random.chance(0.3);
    return {
      nominalId,
      companyName: `${random.pick(SURNAMES)} ${random.pick(BUSINESS_TRADES)} Ltd`,
      // "ZZ" plus six digits: Companies House style, unlike any real number.
      companyNumber: `ZZ${pickDigits(random, 6)}`,
      role:
        wellKnown || random.chance(0.7)
          ? 'DIRECTOR'
          : random.pick([
              'SECRETARY',
              'PERSON_WITH_SIGNIFICANT_CONTROL',
            ] as const),
      appointedOn: pickDate(random, appointedYear, appointedYear),
      resignedOn: resigned
        ? pickDate(random, appointedYear + 1, LATEST_YEAR)
        : null,
    };
  });
}

function generateVatRegistrations(
  random: Random,
  nominalId: string,
  wellKnown: boolean,
  directorships: readonly HmrcDirectorshipRow[],
): HmrcVatRegistrationRow[] {
  if (!wellKnown && !random.chance(0.35)) return [];
  const company = directorships[0];
  const tradingName = company
    ? company.companyName.replace(/ Ltd$/, '')
    : `${random.pick(SURNAMES)} ${random.pick(BUSINESS_TRADES)}`;
  return [
    {
      nominalId,
      vatNumber: `GB${pickDigits(random, 9)}`,
      tradingName,
      registeredOn: pickDate(random, 2012, LATEST_YEAR),
      status: wellKnown || random.chance(0.75) ? 'REGISTERED' : 'DEREGISTERED',
    },
  ];
}

function generateInvestigations(
  random: Random,
  nominalId: string,
  wellKnown: boolean,
): HmrcInvestigationRow[] {
  if (!wellKnown && !random.chance(0.2)) return [];
  const criminal = wellKnown || random.chance(0.5);
  const openedYear = random.integer(2021, LATEST_YEAR);
  return [
    {
      nominalId,
      reference: `${criminal ? 'FIS' : 'CFS'}/${openedYear}/${pickDigits(random, 5)}`,
      investigationType: criminal ? 'CRIMINAL' : 'CIVIL',
      openedOn: pickDate(random, openedYear, openedYear),
      status: wellKnown
        ? 'OPEN'
        : random.pick([
            'OPEN',
            'EVIDENCE_GATHERING',
            'REFERRED_FOR_PROSECUTION',
          ] as const),
    },
  ];
}
