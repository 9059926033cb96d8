/** A searchable owner's matches as they reached APMIS, or null if the caller may not see them. */
export interface AgencyMatches {
  agency: 'POLICE' | 'HMPPS' | 'MARSOC';
  matches: readonly unknown[] | null | undefined;
}

/** One candidate nominal: its best score and which owners matched it on what. */
export interface SearchCandidateRow {
  nominalId: string;
  score: number;
  matchedAgencies: string[];
  matchedOn: string[];
}

interface Match {
  nominalId: string;
  score: number;
  matchedOn: string[];
}

/**
 * A match as it arrived, or null. Anything withheld from the caller arrives
 * as null (a list or a field), and anything malformed is treated the same:
 * it contributes nothing.
 */
function readMatch(value: unknown): Match | null {
  if (typeof value !== 'object' || value === null) return null;
  const { nominalId, score, matchedOn } = value as Record<string, unknown>;
  if (typeof nominalId !== 'string' || typeof score !== 'number') return null;
  if (!Number.isFinite(score) || score <= 0 || score > 1) return null;
  const on = Array.isArray(matchedOn)
    ? matchedOn.filter((item): item is string => typeof item === 'string')
    : [];
  return { nominalId, score, matchedOn: on };
}

/**
 * Merges the owners' match lists into candidates: a candidate's score is the
 * best any owner gave it; candidates are ordered by score, then id, and cut to
 * `limit`. Only what the caller was shown goes in, so what is hidden (withheld,
 * or NCND, which arrives as an empty list) can neither add a candidate nor move
 * one. Cutting each owner's list to the same limit first loses nothing: a
 * candidate in the merged top `limit` is in the top `limit` of the owner that
 * gave it its best score.
 */
export function mergeSearchCandidates(
  lists: readonly AgencyMatches[],
  limit: number,
): SearchCandidateRow[] {
  const byNominal = new Map<string, SearchCandidateRow>();
  for (const { agency, matches } of lists) {
    for (const match of (matches ?? []).map(readMatch)) {
      if (match === null) continue;
      const candidate = byNominal.get(match.nominalId) ?? {
        nominalId: match.nominalId,
        score: 0,
        matchedAgencies: [],
        matchedOn: [],
      };
      candidate.score = Math.max(candidate.score, match.score);
      candidate.matchedAgencies = [
        ...new Set([...candidate.matchedAgencies, agency]),
      ].sort();
      candidate.matchedOn = [
        ...new Set([...candidate.matchedOn, ...match.matchedOn]),
      ].sort();
      byNominal.set(match.nominalId, candidate);
    }
  }
  return [...byNominal.values()]
    .sort(
      (left, right) =>
        right.score - left.score ||
        left.nominalId.localeCompare(right.nominalId),
    )
    .slice(0, limit);
}
