import { type Random } from './random';

/**
 * The criminality a nominal is known for. Every agency describes the same
 * business in its own words: APMIS's threat area, the police's OCG
 * intelligence and index conviction, the NCA's tiering and the offence HMPPS
 * holds them for (issue 16 point 8). The themes are the national SOC threat
 * areas the seeds name: drug supply and county lines, the drug trade in
 * prisons, serious violence, child exploitation and trafficking (seed 001
 * M139, M160), fraud and money laundering (seed 004 B:121).
 */
export type CriminalityTheme =
  | 'DRUG_SUPPLY'
  | 'DRUG_IMPORTATION'
  | 'FIREARMS'
  | 'MONEY_LAUNDERING'
  | 'SERIOUS_VIOLENCE'
  | 'ORGANISED_ACQUISITIVE'
  | 'MODERN_SLAVERY'
  | 'PRISON_DRUG_TRADE'
  | 'FRAUD';

/** The police offence categories (the PNC's groups in the police store). */
export type OffenceCategory =
  | 'DRUGS'
  | 'WEAPONS'
  | 'VIOLENCE'
  | 'ACQUISITIVE'
  | 'FRAUD'
  | 'MONEY_LAUNDERING'
  | 'EXPLOITATION'
  | 'PRISON';

/** The NCA's threat areas, as its tiering codes them. */
export type NcaThreatAreaCode =
  | 'DRUGS'
  | 'FIREARMS'
  | 'MODERN_SLAVERY_AND_HUMAN_TRAFFICKING'
  | 'MONEY_LAUNDERING'
  | 'FRAUD'
  | 'ORGANISED_ACQUISITIVE_CRIME';

/** How each agency names one theme. */
export interface ThemeDescription {
  /** APMIS's threat area for a priority individual or an OCG. */
  apmisThreatArea: string;
  ncaThreatArea: NcaThreatAreaCode;
  /** Offence wordings a sentence for this business is passed for. */
  indexOffences: readonly string[];
}

// prettier-ignore
export const THEMES: Readonly<Record<CriminalityTheme, ThemeDescription>> = {
  DRUG_SUPPLY: {
    apmisThreatArea: 'Drug supply (county lines)',
    ncaThreatArea: 'DRUGS',
    indexOffences: [
      'Conspiracy to supply a controlled drug of Class A (cocaine)',
      'Conspiracy to supply a controlled drug of Class A (heroin)',
      'Being concerned in the supply of a controlled drug of Class A',
    ],
  },
  DRUG_IMPORTATION: {
    apmisThreatArea: 'Drug supply (Class A importation and distribution)',
    ncaThreatArea: 'DRUGS',
    indexOffences: ['Conspiracy to import a controlled drug of Class A'],
  },
  FIREARMS: {
    apmisThreatArea: 'Firearms supply',
    ncaThreatArea: 'FIREARMS',
    indexOffences: ['Possession of a prohibited firearm', 'Conspiracy to sell or transfer prohibited weapons'],
  },
  MONEY_LAUNDERING: {
    apmisThreatArea: 'Money laundering',
    ncaThreatArea: 'MONEY_LAUNDERING',
    indexOffences: ['Conspiracy to conceal, convert or transfer criminal property'],
  },
  SERIOUS_VIOLENCE: {
    apmisThreatArea: 'Serious violence',
    // The NCA has no violence area: it tiers the drug business the violence serves.
    ncaThreatArea: 'DRUGS',
    indexOffences: ['Wounding with intent to cause grievous bodily harm'],
  },
  ORGANISED_ACQUISITIVE: {
    apmisThreatArea: 'Organised acquisitive crime',
    ncaThreatArea: 'ORGANISED_ACQUISITIVE_CRIME',
    indexOffences: ['Conspiracy to commit robbery'],
  },
  MODERN_SLAVERY: {
    apmisThreatArea: 'Modern slavery and human trafficking',
    ncaThreatArea: 'MODERN_SLAVERY_AND_HUMAN_TRAFFICKING',
    indexOffences: ['Arranging or facilitating the travel of another person with a view to exploitation'],
  },
  PRISON_DRUG_TRADE: {
    apmisThreatArea: 'Drug trade in prisons',
    ncaThreatArea: 'DRUGS',
    indexOffences: ['Conspiracy to convey a List A article into a prison'],
  },
  FRAUD: {
    apmisThreatArea: 'Fraud and economic crime',
    ncaThreatArea: 'FRAUD',
    indexOffences: ['Conspiracy to commit fraud by false representation'],
  },
};

/** The police category of each index offence, so a PNC record files it as HMPPS does. */
// prettier-ignore
export const INDEX_OFFENCE_CATEGORIES: Readonly<Record<string, OffenceCategory>> = {
  'Conspiracy to supply a controlled drug of Class A (cocaine)': 'DRUGS',
  'Conspiracy to supply a controlled drug of Class A (heroin)': 'DRUGS',
  'Being concerned in the supply of a controlled drug of Class A': 'DRUGS',
  'Conspiracy to import a controlled drug of Class A': 'DRUGS',
  'Possession of a prohibited firearm': 'WEAPONS',
  'Conspiracy to sell or transfer prohibited weapons': 'WEAPONS',
  'Conspiracy to conceal, convert or transfer criminal property': 'MONEY_LAUNDERING',
  'Wounding with intent to cause grievous bodily harm': 'VIOLENCE',
  'Conspiracy to commit robbery': 'ACQUISITIVE',
  'Arranging or facilitating the travel of another person with a view to exploitation': 'EXPLOITATION',
  'Conspiracy to convey a List A article into a prison': 'PRISON',
  'Conspiracy to commit fraud by false representation': 'FRAUD',
};

/**
 * Drug supply is the commonest SOC business (seed 000 E549's examples; seed 003
 * A:171 maps the prison drug trade), so it is drawn most often.
 */
// prettier-ignore
const THEME_WEIGHTS: readonly CriminalityTheme[] = [
  'DRUG_SUPPLY', 'DRUG_SUPPLY', 'DRUG_SUPPLY', 'DRUG_SUPPLY', 'DRUG_SUPPLY',
  'DRUG_IMPORTATION', 'FIREARMS', 'FIREARMS', 'MONEY_LAUNDERING', 'SERIOUS_VIOLENCE',
  'SERIOUS_VIOLENCE', 'ORGANISED_ACQUISITIVE', 'MODERN_SLAVERY', 'PRISON_DRUG_TRADE',
  'PRISON_DRUG_TRADE', 'FRAUD',
];

export function pickTheme(random: Random): CriminalityTheme {
  return random.pick(THEME_WEIGHTS);
}

/** The theme whose sentences include this offence wording. */
export function themeOfOffence(offence: string): CriminalityTheme | undefined {
  return (Object.keys(THEMES) as CriminalityTheme[]).find((theme) =>
    THEMES[theme].indexOffences.includes(offence),
  );
}
