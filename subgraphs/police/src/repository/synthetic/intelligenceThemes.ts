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
}

export const POLICE_THEMES: readonly IntelligenceTheme[] = [
  {
    text: (f) =>
      `${f.name} ('${f.nickname}') collects cash from street dealers at an address on ${f.street}, ${f.town}, every Friday evening and drives it out of the area in a ${f.vehicle}.`,
    summary: () =>
      'Subject reported to be collecting the proceeds of drug supply.',
  },
  {
    text: (f) =>
      `${f.name} runs the '${f.lineName}' deal line from ${f.town}, using boys of 14 and 15 from the ${f.street} estate as runners.`,
    summary: () =>
      'Subject reported to control a county line and to exploit children to run it.',
  },
  {
    text: (f) =>
      `A handgun and ammunition belonging to ${f.group} are stored by ${f.name} in a lock-up garage behind ${f.street}, ${f.town}.`,
    summary: () =>
      'Subject reported to have access to a firearm held for an organised crime group.',
  },
  {
    text: (f) =>
      `${f.name} launders cash through a hand car wash and a vape shop in ${f.town}, banking about £${f.amount},000 a week in takings that do not match trade.`,
    summary: () =>
      'Subject reported to be laundering criminal proceeds through cash businesses.',
  },
  {
    text: (f) =>
      `${f.name} ordered an assault on a dealer who owed £${f.amount},000 to ${f.group}; the victim was attacked on ${f.street}, ${f.town}, and has not reported it.`,
    summary: () => 'Subject reported to use violence to enforce drug debts.',
  },
  {
    text: (f) =>
      `${f.name} met senior members of ${f.group} at a retail park in ${f.town}; a ${f.vehicle} left with a holdall believed to contain cocaine.`,
    summary: () =>
      'Subject reported to be in contact with senior members of an organised crime group.',
  },
];

/** Prison intelligence: what HMPPS shares with police about a prisoner. */
export const HMPPS_THEMES: readonly IntelligenceTheme[] = [
  {
    text: (f) =>
      `While at ${f.prison}, ${f.name} uses an illicit mobile phone kept on ${f.wing} wing to direct drug supply in ${f.town}.`,
    summary: () =>
      'Subject reported to be directing criminal activity from custody using an illicit phone.',
  },
  {
    text: (f) =>
      `${f.name} is arranging for packages of drugs to be thrown over the wall of ${f.prison} by associates from ${f.town}, to be collected from the exercise yard.`,
    summary: () =>
      'Subject reported to be arranging the conveyance of drugs into prison.',
  },
  {
    text: (f) =>
      `Visitors to ${f.name} at ${f.prison} pass on instructions to collect debts owed to ${f.group}, about £${f.amount},000 in total.`,
    summary: () =>
      'Subject reported to be using social visits to pass instructions to associates.',
  },
];
