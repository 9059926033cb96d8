import { type RegisterFile } from '../types';

/**
 * A small valid register, one file per concern, that refusal tests change one
 * line of at a time. Line numbers in the tests refer to these texts.
 */
export const AGREEMENTS_YAML = `agreements:
  - id: POLICE_HMPPS_MOU
    title: Police and HMPPS MoU
    parties: [POLICE, HMPPS]
    status: MOU
    citation: seed 001 M51
  - id: MARSOC_ISA
    title: Overarching ISA
    parties: [POLICE, HMPPS, HMRC]
    status: DRAFT
    citation: seed 000 E603
`;

export const CATEGORIES_YAML = `categories:
  - id: IDENTITY
    owners: [POLICE, HMPPS]
    meaning: Who the nominal is.
  - id: TAX
    owners: [HMRC]
    meaning: Tax affairs.
`;

export const POLICE_YAML = `owner: POLICE
route: Ask the police SPOC.
rules:
  - id: police-own-agency
    effect: permit
    categories: '*'
    recipients: [{ agency: POLICE }]
    purposes: [INTELLIGENCE_DEVELOPMENT]
    minVetting: BPSS
    legalBasis: DPA 2018 s.35
    level: FULL
    source: DPA 2018 s.35
  - id: police-to-hmpps-mou
    effect: permit
    categories: [IDENTITY]
    recipients: [{ agency: HMPPS, roles: [ANALYST], regions: [LONDON] }]
    purposes: [INTELLIGENCE_DEVELOPMENT]
    minVetting: NPPV2
    agreement: POLICE_HMPPS_MOU
    legalBasis: DPA 2018 Part 3 s.35(2)(b), s.36(3)
    level: FULL
    source: seed 001 M51
`;

export const HMPPS_YAML = `owner: HMPPS
route: Ask the HMPPS SPOC.
rules:
  - id: hmpps-own-agency
    effect: permit
    categories: '*'
    recipients: [{ agency: HMPPS }]
    purposes: '*'
    minVetting: BPSS
    legalBasis: DPA 2018 s.35
    level: FULL
    source: DPA 2018 s.35
`;

export const HMRC_YAML = `owner: HMRC
route: Ask the HMRC officer.
forbiddenLevels: [SUMMARY]
rules:
  - id: hmrc-existence
    effect: permit
    categories: [TAX]
    recipients: [{ agency: POLICE }]
    purposes: [INTELLIGENCE_DEVELOPMENT]
    minVetting: NPPV2
    legalBasis: CRCA 2005 s.18(2)(d)
    level: EXISTENCE
    source: seed 000 E565
  - id: hmrc-performance
    effect: forbid
    categories: '*'
    recipients: [{ agency: '*', exceptAgencies: [HMRC] }]
    purposes: [PERFORMANCE_REPORTING]
    legalBasis: DPA 2018 s.37
    level: WITHHELD
    reason: AGGREGATES_ONLY
    source: docs/policy-model.md#performance-reporting-aggregates-only
`;

export function makeFiles(
  replacements: Record<string, string> = {},
): RegisterFile[] {
  const texts: Record<string, string> = {
    'agreements.yaml': AGREEMENTS_YAML,
    'categories.yaml': CATEGORIES_YAML,
    'police.yaml': POLICE_YAML,
    'hmpps.yaml': HMPPS_YAML,
    'hmrc.yaml': HMRC_YAML,
    ...replacements,
  };
  return Object.entries(texts).map(([path, text]) => ({ path, text }));
}

/** The text with the first occurrence of `from` on line `line` (1-based) replaced. */
export function replaceOnLine(
  text: string,
  line: number,
  from: string,
  to: string,
): string {
  const lines = text.split('\n');
  const target = lines[line - 1];
  if (target === undefined || !target.includes(from)) {
    throw new Error(
      `line ${line} does not contain ${JSON.stringify(from)}: ${JSON.stringify(target)}`,
    );
  }
  lines[line - 1] = target.replace(from, to);
  return lines.join('\n');
}
