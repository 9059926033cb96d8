/**
 * Tolerant name comparison for search: names are reduced to lower-case letters
 * (no diacritics, no punctuation) and a surname matches exactly, by Soundex or
 * within a small edit distance, a forename exactly or by its initial.
 *
 * Shared by every owner that searches names (police, APMIS), so that all of them
 * score a name alike.
 */

/** A name as search compares it: forename (or null) and surname keys. */
export interface NameKeys {
  forename: string | null;
  surname: string;
}

/** Lower-case letter runs of a name: "O'Brien-Smith, José" gives obrien, smith, jose. */
export function readNameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z]+/)
    .filter((token) => token.length > 0);
}

/**
 * The first token is the forename, the rest the surname (a double-barrelled
 * surname stays one key); a single token is a surname or nickname alone.
 */
export function readNameKeys(name: string): NameKeys | null {
  const [first, ...rest] = readNameTokens(name);
  if (first === undefined) return null;
  return rest.length === 0
    ? { forename: null, surname: first }
    : { forename: first, surname: rest.join('') };
}

// prettier-ignore
const SOUNDEX_CODES: Readonly<Record<string, string>> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3',
  l: '4',
  m: '5', n: '5',
  r: '6',
};

/** American Soundex of a lower-case key: its first letter and three digits. */
export function computeSoundex(key: string): string {
  const first = key[0];
  if (first === undefined) return '';
  let code = first.toUpperCase();
  let previous = SOUNDEX_CODES[first] ?? '';
  for (const letter of key.slice(1)) {
    const digit = SOUNDEX_CODES[letter] ?? '';
    // h and w do not separate two letters with the same code; vowels do.
    if (letter === 'h' || letter === 'w') continue;
    if (digit !== '' && digit !== previous) code += digit;
    previous = digit;
    if (code.length === 4) break;
  }
  return code.padEnd(4, '0');
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function measureEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution =
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(
        substitution,
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** Short keys tolerate fewer edits: two letters of "Lee" would match anyone. */
function allowedEdits(key: string): number {
  return key.length >= 6 ? 2 : key.length >= 4 ? 1 : 0;
}

export type SurnameMatch = 'EXACT' | 'SIMILAR' | null;

export function compareSurname(asked: string, held: string): SurnameMatch {
  if (asked === held) return 'EXACT';
  if (asked.length < 2 || held.length < 2) return null;
  if (computeSoundex(asked) === computeSoundex(held)) return 'SIMILAR';
  const edits = allowedEdits(asked);
  return measureEditDistance(asked, held, edits) <= edits ? 'SIMILAR' : null;
}

export type ForenameMatch = 'EXACT' | 'INITIAL' | null;

export function compareForename(asked: string, held: string): ForenameMatch {
  if (asked === held) return 'EXACT';
  return asked[0] === held[0] ? 'INITIAL' : null;
}

/**
 * How well a held name answers the asked one, from 0 (no match) to 1: the
 * surname counts 1 exact or 0.7 similar; a forename asked for multiplies it by
 * 1 (same) or 0.8 (initial only) and must match at least by initial. A held
 * nickname (no forename) is compared with the whole name asked.
 */
export function scoreName(asked: NameKeys, held: NameKeys): number {
  if (held.forename === null) {
    const whole = `${asked.forename ?? ''}${asked.surname}`;
    return scoreSurname(compareSurname(whole, held.surname));
  }
  const surname = scoreSurname(compareSurname(asked.surname, held.surname));
  if (surname === 0 || asked.forename === null) return surname;
  const forename = compareForename(asked.forename, held.forename);
  if (forename === null) return 0;
  return surname * (forename === 'EXACT' ? 1 : 0.8);
}

function scoreSurname(match: SurnameMatch): number {
  return match === 'EXACT' ? 1 : match === 'SIMILAR' ? 0.7 : 0;
}
