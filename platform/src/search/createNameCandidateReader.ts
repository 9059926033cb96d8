import { selectSimilarSurnames } from './selectSimilarSurnames';

/** The most nominals one search scores: enough for any sensible name, bounded for a common one. */
export const MAX_SEARCH_CANDIDATES = 2000;

export interface NameSearch {
  dateOfBirth: string | null;
  /** Name keys as the owner stores them. */
  names: readonly string[];
}

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
 * Finds the nominals a search by date of birth or name may match, from the
 * more selective criterion: the date of birth when given, else every held
 * surname close to an asked one, exact matches first so the bound never drops
 * one for a tolerant match. A search by an owner's own reference is the
 * owner's to answer before this. The held surname keys are read once, on
 * first use (only the seed writes them); a failed read is not kept, so the
 * next search reads them again.
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
