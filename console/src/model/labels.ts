const AGENCY_NAMES: Readonly<Record<string, string>> = {
  POLICE: 'Police',
  HMPPS: 'HM Prison and Probation Service',
  NCA: 'National Crime Agency',
  HMRC: 'HM Revenue and Customs',
  MARSOC: 'MARSOC (APMIS)',
  DWP: 'Department for Work and Pensions',
};

/** An agency code with its full name. */
export function agencyName(code: string): string {
  const name = AGENCY_NAMES[code];
  return name && name !== code ? `${name} (${code})` : code;
}

/** `dateOfBirth` → "Date of birth"; `NCA_INTEREST` → "NCA interest". */
export function humanise(name: string): string {
  const words = name.includes('_')
    ? name.split('_')
    : name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ');
  const text = words
    .map((word) =>
      /^[A-Z]{2,5}$/.test(word) && word !== 'TAX' ? word : word.toLowerCase(),
    )
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** OFFICIAL_SENSITIVE → "OFFICIAL-SENSITIVE", as it is printed on a page. */
export function classificationLabel(classification: string): string {
  return classification.replace(/_/g, '-');
}
