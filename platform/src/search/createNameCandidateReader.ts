import { type NameSearch } from './createNameCandidateFinder';
import { selectSimilarSurnames } from './createSimilarSurnameFinder';

/** An owner's reads of its search names on the one store path (each answers nominal ids). */
export interface CandidateReads {
  /** Nominals born on the day, in id order, at most MAX_SEARCH_CANDIDATES. */
  byDateOfBirth(dateOfBirth: string): Promise<string[]>;
  /**
   * Nominals holding any of the `similar` surname keys, those with an `exact`
   * key first, then in id order, at most MAX_SEARCH_CANDIDATES.
   */
  bySurnames(
    similar: readonly string[],
    exact: readonly string[],
  ): Promise<string[]>;
  /** Every surname key held. */
  surnameKeys(): Promise<string[]>;
}

/**
 * createNameCandidateFinder for a store read asynchronously (docs/postgres-store.md):
 * the same choice of criterion and the same bound. The held surname keys are
 * read once, on first use (only the seed writes them); a failed read is not
 * kept, so the next search reads them again.
 */
export function createNameCandidateReader(
  reads: CandidateReads,
): (search: NameSearch) => Promise<string[]> {
  let heldSurnames: Promise<string[]> | undefined;
  const readHeldSurnames = () => {
    heldSurnames ??= reads.surnameKeys().catch((error: unknown) => {
      heldSurnames = undefined;
      throw error;
    });
    return heldSurnames;
  };
  return async ({ dateOfBirth, names }) => {
    if (dateOfBirth !== null) return reads.byDateOfBirth(dateOfBirth);
    if (names.length === 0) return [];
    const similar = selectSimilarSurnames(await readHeldSurnames(), names);
    return reads.bySurnames(similar, names);
  };
}
