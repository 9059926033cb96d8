import { type Agency } from '@marsoc/schema';
import { readBoundedText } from './boundedText';

export const MAX_LEGAL_BASIS_LENGTH = 300;

const CRCA_2005 =
  '(?:CRCA|Commissioners for Revenue and Customs Act)\\s+2005,?\\s+(?:s\\.?|section)\\s*';

/**
 * An HMRC gateway (docs/sources.md#statutes): a CRCA 2005 s.18(2) paragraph,
 * (a) to (h), without which an HMRC official may not disclose at all (s.18(1));
 * a public-interest disclosure under s.20 (through s.18(2)(b)); or the
 * enactment s.18(3) keeps, ATCSA 2001 s.19 (any criminal investigation).
 */
const HMRC_GATEWAY = new RegExp(
  [
    `\\b${CRCA_2005}18\\s*\\(\\s*2\\s*\\)\\s*\\(\\s*[a-h]\\s*\\)`,
    `\\b${CRCA_2005}20\\b`,
    '\\b(?:ATCSA|Anti-terrorism, Crime and Security Act)\\s+2001,?\\s+(?:s\\.?|section)\\s*19\\b',
  ].join('|'),
  'i',
);

/**
 * A statute (by name or acronym, with its year) and a section, e.g. Crime and
 * Courts Act 2013 s.7(4); or the police common law power to share for a
 * policing purpose, which no section states.
 */
const STATUTE_AND_SECTION =
  /\b(?:Act|[A-Z]{2,10})\s+(?:19|20)\d{2},?\s+(?:s\.?|section)\s*\d+/;
const COMMON_LAW = /\bcommon law\b/i;

/**
 * The problems with a grant's legal basis for `owner`: it must be given, be
 * bounded plain text, and name the gateway the owner's own statute provides.
 * HMRC: a CRCA 2005 s.18(2) paragraph, s.20, or ATCSA 2001 s.19. Anyone else
 * (the NCA: Crime and Courts Act 2013 s.7(4)): a statute and section, or the
 * common law.
 */
export function validateLegalBasis(
  value: unknown,
  owner: Agency | undefined,
): string[] {
  const reading = readBoundedText(value, 'legalBasis', MAX_LEGAL_BASIS_LENGTH);
  if (!reading.ok) return [reading.problem];
  if (owner === 'HMRC') {
    return HMRC_GATEWAY.test(reading.text)
      ? []
      : [
          'legalBasis must name the CRCA 2005 s.18(2) paragraph, (a) to (h), the HMRC disclosure rests on, e.g. "CRCA 2005 s.18(2)(d) (criminal investigation)", or CRCA 2005 s.20 or ATCSA 2001 s.19.',
        ];
  }
  const cited =
    STATUTE_AND_SECTION.test(reading.text) || COMMON_LAW.test(reading.text);
  if (owner !== undefined && !cited) {
    return [
      'legalBasis must cite the statute and section the disclosure rests on, e.g. "Crime and Courts Act 2013 s.7(4)", or the common law.',
    ];
  }
  return [];
}
