/**
 * Offences synthetic nominals are sentenced for, each with the offence group a
 * sanitised summary shows instead of the offence wording.
 */
export const OFFENCES: Readonly<Record<string, string>> = {
  'Conspiracy to supply a controlled drug of Class A (cocaine)': 'Drugs supply',
  'Conspiracy to supply a controlled drug of Class A (heroin)': 'Drugs supply',
  'Being concerned in the supply of a controlled drug of Class A':
    'Drugs supply',
  'Conspiracy to import a controlled drug of Class A': 'Drugs importation',
  'Possession of a prohibited firearm': 'Firearms',
  'Conspiracy to sell or transfer prohibited weapons': 'Firearms',
  'Conspiracy to conceal, convert or transfer criminal property':
    'Money laundering',
  'Wounding with intent to cause grievous bodily harm': 'Violence',
  'Conspiracy to commit robbery': 'Robbery',
  'Arranging or facilitating the travel of another person with a view to exploitation':
    'Modern slavery',
  'Conspiracy to convey a List A article into a prison': 'Prison conveyance',
  'Conspiracy to commit fraud by false representation': 'Fraud',
};

export const OFFENCE_WORDINGS = Object.keys(OFFENCES);

/** Prison discipline charges, each with the group a sanitised summary shows. */
export const ADJUDICATION_CHARGES: Readonly<Record<string, string>> = {
  'Has in possession an unauthorised article (mobile telephone)':
    'Unauthorised article',
  'Has in possession an unauthorised article (SIM card)':
    'Unauthorised article',
  'Fights with another prisoner': 'Violence',
  'Assaults a prisoner': 'Violence',
  'Administers a controlled drug (positive mandatory drug test)': 'Drugs',
  'Disobeys a lawful order': 'Disobedience',
  'Intentionally obstructs an officer in the execution of duty': 'Disobedience',
  'Uses threatening, abusive or insulting words or behaviour': 'Behaviour',
};

export const ADJUDICATION_CHARGE_WORDINGS = Object.keys(ADJUDICATION_CHARGES);

export const ADJUDICATION_PUNISHMENTS = [
  'Loss of privileges for 28 days',
  'Stoppage of earnings for 42 days',
  'Cellular confinement for 7 days',
  'Loss of canteen for 21 days',
  'Caution',
  'Referred to the Independent Adjudicator: 14 additional days',
] as const;
