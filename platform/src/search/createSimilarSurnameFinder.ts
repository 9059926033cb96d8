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

/**
 * Finds the held surname keys close to any asked one. The held keys are read
 * once, on first use: only the seed writes a subgraph's names, so they do not
 * change while it runs.
 */
export function createSimilarSurnameFinder(
  readHeldSurnames: () => readonly string[],
): (asked: readonly string[]) => string[] {
  let heldSurnames: readonly string[] | undefined;
  return (asked) => {
    heldSurnames ??= readHeldSurnames();
    return selectSimilarSurnames(heldSurnames, asked);
  };
}
