import { toBatchKeys } from '../store/batchKeys';
import { createSimilarSurnameFinder } from './createSimilarSurnameFinder';

/** The most nominals one search scores: enough for any sensible name, bounded for a common one. */
export const MAX_SEARCH_CANDIDATES = 2000;

/** An owner's prepared reads of its search names (each returns nominal ids). */
export interface CandidateStatements {
  /** Nominals born on the day, in id order, at most `limit`. */
  byDateOfBirth: { all(dateOfBirth: string, limit: number): string[] };
  /**
   * Nominals holding any of the `similar` surname keys (a JSON array read
   * through IN_BATCH_KEYS), those with an `exact` key first, at most `limit`.
   */
  bySurnames: { all(similar: string, exact: string, limit: number): string[] };
  /** Every surname key held. */
  surnameKeys: { all(): string[] };
}

export interface NameSearch {
  dateOfBirth: string | null;
  /** Name keys as the owner stores them. */
  names: readonly string[];
}

/**
 * Finds the nominals a search by date of birth or name may match, from the
 * more selective criterion: the date of birth when given, else every held
 * surname close to an asked one, exact matches first so the bound never drops
 * one for a tolerant match. A search by an owner's own reference is the
 * owner's to answer before this.
 */
export function createNameCandidateFinder(
  statements: CandidateStatements,
): (search: NameSearch) => string[] {
  const findSimilarSurnames = createSimilarSurnameFinder(() =>
    statements.surnameKeys.all(),
  );
  return ({ dateOfBirth, names }) => {
    if (dateOfBirth !== null)
      return statements.byDateOfBirth.all(dateOfBirth, MAX_SEARCH_CANDIDATES);
    if (names.length === 0) return [];
    return statements.bySurnames.all(
      toBatchKeys(findSimilarSurnames(names)),
      toBatchKeys(names),
      MAX_SEARCH_CANDIDATES,
    );
  };
}
