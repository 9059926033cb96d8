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

/** Where a disclosure request stands, in the requester's words. */
const REQUEST_STATUS_WORDS: Readonly<Record<string, string>> = {
  PENDING: "Waiting for the owner's decision",
  APPROVED: 'Approved: released in full',
  PARTIALLY_APPROVED: 'Approved in part: released as a summary',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  EXPIRED: 'Expired: not decided by the deadline',
};

export function describeRequestStatus(status: string): string {
  return REQUEST_STATUS_WORDS[status] ?? humanise(status);
}

/** How soon a request needs its answer, as the form offers it. */
const URGENCY_WORDS: Readonly<Record<string, string>> = {
  ROUTINE: 'Routine',
  URGENT: 'Urgent: needed within days (say why)',
  IMMEDIATE_RISK: "Immediate risk to someone's life or safety (say what)",
};

export function describeUrgency(urgency: string): string {
  return URGENCY_WORDS[urgency] ?? humanise(urgency);
}

/** A disclosure officer's answers to a request. */
export const DECISION_CHOICES: readonly { value: string; label: string }[] = [
  { value: 'APPROVE', label: 'Approve: release the category in full' },
  { value: 'PARTIAL', label: 'Approve in part: release its summary only' },
  { value: 'DECLINE', label: 'Decline, with a reason the requester reads' },
];

/** An ISO 8601 instant as a reader expects it: "2026-03-30 09:00 UTC". */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '-';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const utc = new Date(time).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}
