import { type Agency } from '@marsoc/schema';
import { readBoundedText } from './boundedText';

export const MAX_LEGAL_BASIS_LENGTH = 300;

/**
 * A CRCA 2005 s.18(2) gateway, paragraph (a) to (h) (docs/sources.md#statutes):
 * without one, an HMRC official may not disclose at all (s.18(1)).
 */
const CRCA_SECTION_18_2 =
  /\b(?:CRCA|Commissioners for Revenue and Customs Act)\s+2005,?\s+(?:s\.?|section)\s*18\s*\(\s*2\s*\)\s*\(\s*[a-h]\s*\)/i;

/** A statute (by name or acronym, with its year) and a section, e.g. Crime and Courts Act 2013 s.7(4). */
const STATUTE_AND_SECTION =
  /\b(?:Act|[A-Z]{2,10})\s+(?:19|20)\d{2},?\s+(?:s\.?|section)\s*\d+/;

/**
 * The problems with a grant's legal basis for `owner`: it must be given, be
 * bounded plain text, and name the gateway the owner's own statute provides.
 * HMRC: a CRCA 2005 s.18(2) paragraph. Anyone else (the NCA: Crime and Courts
 * Act 2013 s.7(4)): a statute and section.
 */
export function validateLegalBasis(
  value: unknown,
  owner: Agency | undefined,
): string[] {
  const reading = readBoundedText(value, 'legalBasis', MAX_LEGAL_BASIS_LENGTH);
  if (!reading.ok) return [reading.problem];
  if (owner === 'HMRC') {
    return CRCA_SECTION_18_2.test(reading.text)
      ? []
      : [
          'legalBasis must name the CRCA 2005 s.18(2) paragraph, (a) to (h), the HMRC disclosure rests on, e.g. "CRCA 2005 s.18(2)(d) (criminal investigation)".',
        ];
  }
  if (owner !== undefined && !STATUTE_AND_SECTION.test(reading.text)) {
    return [
      'legalBasis must cite the statute and section the disclosure rests on, e.g. "Crime and Courts Act 2013 s.7(4)".',
    ];
  }
  return [];
}
