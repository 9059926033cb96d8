import { type Random } from '@marsoc/platform';
import { type PoliceOffenceCategory } from '../repository/PoliceRepository';

export interface Offence {
  wording: string;
  category: PoliceOffenceCategory;
  /** Indictable offences go to the Crown Court and draw custodial sentences. */
  indictable: boolean;
}

/** Offence wordings as they appear on a PNC record, weighted towards SOC business. */
// prettier-ignore
export const OFFENCES: readonly Offence[] = [
  { wording: 'Possession with intent to supply a controlled drug of Class A', category: 'DRUGS', indictable: true },
  { wording: 'Being concerned in the supply of a controlled drug of Class A', category: 'DRUGS', indictable: true },
  { wording: 'Conspiracy to supply a controlled drug of Class A', category: 'DRUGS', indictable: true },
  { wording: 'Production of a controlled drug of Class B (cannabis)', category: 'DRUGS', indictable: true },
  { wording: 'Possession of a controlled drug of Class B', category: 'DRUGS', indictable: false },
  { wording: 'Possession of a prohibited firearm', category: 'WEAPONS', indictable: true },
  { wording: 'Possession of ammunition without a firearm certificate', category: 'WEAPONS', indictable: true },
  { wording: 'Having an article with a blade or point in a public place', category: 'WEAPONS', indictable: false },
  { wording: 'Possession of an offensive weapon in a public place', category: 'WEAPONS', indictable: false },
  { wording: 'Wounding with intent to do grievous bodily harm', category: 'VIOLENCE', indictable: true },
  { wording: 'Assault occasioning actual bodily harm', category: 'VIOLENCE', indictable: false },
  { wording: 'Assault on an emergency worker', category: 'VIOLENCE', indictable: false },
  { wording: 'Robbery', category: 'ACQUISITIVE', indictable: true },
  { wording: 'Burglary (dwelling)', category: 'ACQUISITIVE', indictable: true },
  { wording: 'Handling stolen goods', category: 'ACQUISITIVE', indictable: false },
  { wording: 'Fraud by false representation', category: 'FRAUD', indictable: true },
  { wording: 'Conspiracy to defraud', category: 'FRAUD', indictable: true },
  { wording: 'Concealing criminal property (Proceeds of Crime Act 2002 s.327)', category: 'MONEY_LAUNDERING', indictable: true },
  { wording: 'Entering into a money laundering arrangement (Proceeds of Crime Act 2002 s.328)', category: 'MONEY_LAUNDERING', indictable: true },
  { wording: 'Acquiring criminal property (Proceeds of Crime Act 2002 s.329)', category: 'MONEY_LAUNDERING', indictable: true },
  { wording: 'Arranging travel of another person with a view to exploitation (Modern Slavery Act 2015 s.2)', category: 'EXPLOITATION', indictable: true },
  { wording: 'Conveying a List A article into a prison (Prison Act 1952 s.40B)', category: 'PRISON', indictable: true },
  { wording: 'Possessing an unauthorised mobile telephone in prison (Prison Act 1952 s.40D)', category: 'PRISON', indictable: false },
  { wording: 'Violent disorder', category: 'PUBLIC_ORDER', indictable: true },
  { wording: 'Using threatening behaviour (Public Order Act 1986 s.4)', category: 'PUBLIC_ORDER', indictable: false },
  { wording: 'Dangerous driving', category: 'MOTORING', indictable: true },
  { wording: 'Driving whilst disqualified', category: 'MOTORING', indictable: false },
];

/** A sentence in the words a court register uses. */
export function pickDisposal(random: Random, offence: Offence): string {
  if (offence.indictable && random.chance(0.75)) {
    const years = random.integer(1, 9);
    const term = `Imprisonment ${years} year${years === 1 ? '' : 's'}`;
    return random.chance(0.15)
      ? `${term}; confiscation order £${random.integer(5, 400)},000`
      : term;
  }
  return random.pick([
    `Suspended sentence order ${random.integer(6, 24)} months`,
    `Community order ${random.integer(12, 36)} months with unpaid work requirement`,
    `Fine £${random.integer(2, 40) * 50}`,
    `Conditional discharge ${random.integer(6, 24)} months`,
    `Imprisonment ${random.integer(4, 26)} weeks`,
  ]);
}
