import { ReasonCode } from '@marsoc/schema';

/**
 * Words for the codes an answer carries, so a reader of the printed profile
 * needs no glossary: reason codes, field names and agency names.
 */
const REASONS: Record<ReasonCode, string> = {
  PERMITTED: 'released under the register',
  CASE_SPECIFIC_DISCLOSURE: 'released under a case-specific disclosure',
  OWN_AGENCY: "the caller's own agency's record",
  NO_AGREEMENT:
    "there is no sharing agreement between the owner and the caller's agency",
  AGREEMENT_NOT_SIGNED:
    'the agreement this sharing would rest on (the MARSOC ISA) is not yet signed',
  VETTING_TOO_LOW: "the caller's vetting is below what the owner requires",
  CLASSIFICATION_TOO_HIGH:
    "the information is classified above the caller's clearance",
  PURPOSE_NOT_PERMITTED: 'the owner does not release it for the stated purpose',
  ROLE_NOT_PERMITTED: "the owner does not release it to the caller's role",
  REGION_NOT_PERMITTED: "the owner does not release it to the caller's region",
  HANDLING_CONDITION: 'a handling condition on the record prevents release',
  ORIGINATOR_CONSENT_REQUIRED: "release needs the originator's consent",
  AGGREGATES_ONLY: 'only aggregate figures are released for this purpose',
  FORBIDDEN_BY_RULE: 'a rule of the register forbids release',
  NO_PURPOSE: 'no purpose was declared',
  EVALUATION_ERROR:
    'the rules could not be evaluated, so nothing was released (fail closed)',
};

export function describeReason(code: string): string {
  return ReasonCode.is(code) ? REASONS[code] : 'not released by the owner';
}

const OWNERS: Record<string, string> = {
  POLICE: 'Police',
  HMPPS: 'HMPPS (prisons and probation)',
  NCA: 'National Crime Agency',
  HMRC: 'HM Revenue and Customs',
  DWP: 'Department for Work and Pensions',
  MARSOC: 'MARSOC (APMIS master list)',
};

export function describeOwner(owner: string): string {
  return OWNERS[owner] ?? owner;
}

const LABELS: Record<string, string> = {
  apmisReference: 'APMIS reference',
  pncId: 'PNC ID',
  croNumber: 'CRO number',
  crn: 'CRN',
  vrm: 'VRM',
  fourP: '4P',
  morileScore: 'MoRiLE score',
  morileConfidence: 'MoRiLE confidence',
  mappaLevel: 'MAPPA level',
  mappaCategory: 'MAPPA category',
  roshLevel: 'RoSH level',
  ncaReference: 'NCA reference',
  vatNumber: 'VAT number',
  ocgTiering: 'OCG tiering',
  fourPPlan: '4P plan',
};

/** `dateOfBirth` → "Date of birth", with the domain's own abbreviations kept. */
export function labelField(name: string): string {
  const known = LABELS[name];
  if (known) return known;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A released scalar as printed; lists of scalars joined. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    return value.length === 0
      ? 'none recorded'
      : value.map(formatValue).join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
