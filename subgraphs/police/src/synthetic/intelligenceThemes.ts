import { type CriminalityTheme } from '@marsoc/platform';

/** The facts a report is written from, drawn from the nominal's other records. */
export interface ReportFacts {
  name: string;
  nickname: string;
  town: string;
  street: string;
  vehicle: string;
  group: string;
  prison: string;
  wing: string;
  amount: number;
  lineName: string;
}

/**
 * One kind of report: the full text as the originator recorded it, and the
 * sanitised summary written for sharing, which names no source, place or time
 * that could identify who reported it.
 */
export interface IntelligenceTheme {
  text(facts: ReportFacts): string;
  summary(facts: ReportFacts): string;
  /** The criminality (platform criminality.ts) the report describes. */
  criminality: readonly CriminalityTheme[];
}

export const POLICE_THEMES: readonly IntelligenceTheme[] = [
  {
    text: (f) =>
      `${f.name} ('${f.nickname}') collects cash from street dealers at an address on ${f.street}, ${f.town}, every Friday evening and drives it out of the area in a ${f.vehicle}.`,
    summary: () =>
      'Subject reported to be collecting the proceeds of drug supply.',
    criminality: ['DRUG_SUPPLY', 'DRUG_IMPORTATION', 'PRISON_DRUG_TRADE'],
  },
  {
    text: (f) =>
      `${f.name} runs the '${f.lineName}' deal line from ${f.town}, using boys of 14 and 15 from the ${f.street} estate as runners.`,
    summary: () =>
      'Subject reported to control a county line and to exploit children to run it.',
    criminality: ['DRUG_SUPPLY'],
  },
  {
    text: (f) =>
      `A handgun and ammunition belonging to ${f.group} are stored by ${f.name} in a lock-up garage behind ${f.street}, ${f.town}.`,
    summary: () =>
      'Subject reported to have access to a firearm held for an organised crime group.',
    criminality: ['FIREARMS'],
  },
  {
    text: (f) =>
      `${f.name} launders cash through a hand car wash and a vape shop in ${f.town}, banking about £${f.amount},000 a week in takings that do not match trade.`,
    summary: () =>
      'Subject reported to be laundering criminal proceeds through cash businesses.',
    criminality: ['MONEY_LAUNDERING', 'FRAUD'],
  },
  {
    text: (f) =>
      `${f.name} ordered an assault on a dealer who owed £${f.amount},000 to ${f.group}; the victim was attacked on ${f.street}, ${f.town}, and has not reported it.`,
    summary: () => 'Subject reported to use violence to enforce drug debts.',
    criminality: ['SERIOUS_VIOLENCE', 'DRUG_SUPPLY'],
  },
  {
    text: (f) =>
      `${f.name} met senior members of ${f.group} at a retail park in ${f.town}; a ${f.vehicle} left with a holdall believed to contain cocaine.`,
    summary: () =>
      'Subject reported to be in contact with senior members of an organised crime group.',
    criminality: ['DRUG_SUPPLY', 'DRUG_IMPORTATION'],
  },
  {
    text: (f) =>
      `${f.name} arranges for cocaine concealed in fruit containers to be collected from the port and taken to a unit in ${f.town} for ${f.group}.`,
    summary: () => 'Subject reported to arrange Class A drug importations.',
    criminality: ['DRUG_IMPORTATION'],
  },
  {
    text: (f) =>
      `${f.name} plans robberies of cash deliveries with members of ${f.group}, using stolen cars kept in a yard behind ${f.street}, ${f.town}.`,
    summary: () => 'Subject reported to plan organised robberies.',
    criminality: ['ORGANISED_ACQUISITIVE'],
  },
  {
    text: (f) =>
      `${f.name} houses workers brought from abroad at an address on ${f.street}, ${f.town}, keeps their wages and moves them between car washes run by ${f.group}.`,
    summary: () =>
      'Subject reported to control and exploit workers for profit.',
    criminality: ['MODERN_SLAVERY'],
  },
  {
    text: (f) =>
      `${f.name} runs a call centre from a unit in ${f.town} that cold-calls pensioners with a bogus investment scheme, taking about £${f.amount},000 a month for ${f.group}.`,
    summary: () =>
      'Subject reported to run an investment fraud against older victims.',
    criminality: ['FRAUD'],
  },
  {
    text: (f) =>
      `${f.name} pays associates in ${f.town} to fly drones carrying drugs and phones over prison walls, loaded at a flat on ${f.street}.`,
    summary: () =>
      'Subject reported to organise the conveyance of drugs into prisons.',
    criminality: ['PRISON_DRUG_TRADE'],
  },
];

/** Prison intelligence: what HMPPS shares with police about a prisoner. */
export const HMPPS_THEMES: readonly IntelligenceTheme[] = [
  {
    text: (f) =>
      `While at ${f.prison}, ${f.name} uses an illicit mobile phone kept on ${f.wing} wing to keep directing associates in ${f.town}.`,
    summary: () =>
      'Subject reported to be directing criminal activity from custody using an illicit phone.',
    criminality: ['DRUG_SUPPLY', 'PRISON_DRUG_TRADE'],
  },
  {
    text: (f) =>
      `${f.name} is arranging for packages of drugs to be thrown over the wall of ${f.prison} by associates from ${f.town}, to be collected from the exercise yard.`,
    summary: () =>
      'Subject reported to be arranging the conveyance of drugs into prison.',
    criminality: ['PRISON_DRUG_TRADE', 'DRUG_SUPPLY'],
  },
  {
    text: (f) =>
      `Visitors to ${f.name} at ${f.prison} pass on instructions to collect debts owed to ${f.group}, about £${f.amount},000 in total.`,
    summary: () =>
      'Subject reported to be using social visits to pass instructions to associates.',
    criminality: ['DRUG_SUPPLY', 'SERIOUS_VIOLENCE', 'MONEY_LAUNDERING'],
  },
];
