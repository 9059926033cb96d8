import { compareSurname } from './nameMatching';

/** The held surname keys close to any asked one (exact, Soundex or a small edit distance). */
export function selectSimilarSurnames(
  heldSurnames: readonly string[],
  asked: readonly string[],
): string[] {
  return heldSurnames.filter((held) =>
    asked.some((name) => compareSurname(name, held) !== null),
  );
}
