import { lineOf } from './lineOf';

/**
 * Citations of a design note and research digests that were never in the
 * repository, so a reader could not follow them. docs/sources.md maps each to
 * the page that replaced it; anywhere else they must not come back.
 */
const RETIRED_CITATIONS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\bDESIGN\.md\b/g, what: 'the old design note' },
  { pattern: /\bDESIGN\s*§/g, what: 'a section of the old design note' },
  {
    pattern:
      /\b(?:seeds-(?:marsoc|hmicfrs|partnership)|standards-and-security|federation-gateways|house-style-anchors)(?:\.md)?\b/g,
    what: 'a research digest outside the repository',
  },
  { pattern: /\bSTYLE\.md\b/g, what: 'the house guide outside the repository' },
  { pattern: /\bstandards\s*§/g, what: 'a section of the standards digest' },
  {
    pattern: /\bseed \d{3}\s*§/g,
    what: "a digest's section cited as if it were the document's",
  },
  {
    // "(§1.2)" or "; §1.2": a section of nothing the reader can name.
    pattern: /(?:^|[(;,])[ \t]*(?:\*[ \t]*)?§[ \t]?\d/gm,
    what: 'a section with no document named',
  },
];

export interface RetiredCitation {
  line: number;
  text: string;
  what: string;
}

export function findRetiredCitations(text: string): RetiredCitation[] {
  const found: RetiredCitation[] = [];
  for (const { pattern, what } of RETIRED_CITATIONS) {
    for (const match of text.matchAll(pattern)) {
      found.push({
        line: lineOf(text, match.index),
        text: match[0].trim(),
        what,
      });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}
