import { lineOf } from './lineOf';

/** A source document as docs/sources.md lists it. */
export interface SeedDocument {
  /** "000" to "004". */
  number: string;
  /** The prefix its line numbers carry: "E", "M", "L", "A:", "B:". */
  tag: string;
  lines: number;
}

/**
 * Reads the table of source documents in docs/sources.md: a row per document,
 * `| seed NNN | title | who and when | lines | tag |`. The page is the one place
 * the tags and lengths are written, so the check below rests on it.
 */
export function readSeedDocuments(sourcesMarkdown: string): SeedDocument[] {
  const rows = sourcesMarkdown.matchAll(
    /^\|\s*seed (\d{3})\s*\|.*\|\s*([\d,]+)\s*\|\s*`([A-Z]:?)`\s*\|\s*$/gm,
  );
  return [...rows].map((row) => ({
    number: row[1] ?? '',
    lines: Number((row[2] ?? '').replace(/,/g, '')),
    tag: row[3] ?? '',
  }));
}

/** "seed NNN" and what follows it, up to a ";", a line end or the next "seed NNN". */
const CITATION = /\bseed (\d{3})\b((?:(?!\bseed \d{3})[^;\n])*)/g;

export interface SeedCitationProblem {
  line: number;
  problem: string;
}

/**
 * Checks every line reference that follows "seed NNN" (`seed 000 E603, E496`): the document must exist, a reference must
 * carry that document's tag, and the line must be inside the document. A
 * letter that is no document's tag (`Table B1`) is the document's own
 * numbering and is left alone.
 */
export function findSeedCitationProblems(
  text: string,
  documents: readonly SeedDocument[],
): SeedCitationProblem[] {
  const byNumber = new Map(
    documents.map((document) => [document.number, document]),
  );
  const byTag = new Map(documents.map((document) => [document.tag, document]));
  const problems: SeedCitationProblem[] = [];
  for (const citation of text.matchAll(CITATION)) {
    const line = lineOf(text, citation.index);
    const document = byNumber.get(citation[1] ?? '');
    if (!document) {
      problems.push({
        line,
        problem: `seed ${citation[1]} is not in docs/sources.md`,
      });
      continue;
    }
    for (const reference of (citation[2] ?? '').matchAll(
      /(?<![\w:])([A-Z]:?)(\d+)(?!\w)/g,
    )) {
      const [written, tag = '', digits = ''] = reference;
      const owner = byTag.get(tag);
      if (!owner) continue;
      if (owner !== document) {
        problems.push({
          line,
          problem: `${written} carries the tag of seed ${owner.number}, not seed ${document.number}`,
        });
      } else if (Number(digits) < 1 || Number(digits) > document.lines) {
        problems.push({
          line,
          problem: `${written} is past the end of seed ${document.number} (${document.lines} lines)`,
        });
      }
    }
  }
  return problems;
}
