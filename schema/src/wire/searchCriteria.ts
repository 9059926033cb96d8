/**
 * The criteria of a cross-agency search, validated and canonicalised by APMIS.
 * Their JSON is the NominalSearch entity's key, which police and HMPPS read
 * again rather than trust: anything that is not exactly this shape searches
 * nothing.
 */
export interface SearchCriteria {
  /** Lower-case letters and single spaces. */
  name: string | null;
  /** ISO yyyy-mm-dd. */
  dateOfBirth: string | null;
  /** Upper case, no spaces. */
  identifier: string | null;
  limit: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 50;
/** No criterion APMIS accepts is longer. */
const MAX_CRITERION_LENGTH = 100;

/** The canonical form: fixed key order, so the same search is the same entity. */
export function writeSearchCriteria(criteria: SearchCriteria): string {
  const { name, dateOfBirth, identifier, limit } = criteria;
  return JSON.stringify({ name, dateOfBirth, identifier, limit });
}

/** The criteria back from their canonical form; null for anything else. */
export function readSearchCriteria(criteria: string): SearchCriteria | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(criteria);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return null;
  const fields = parsed as Record<string, unknown>;
  const name = readCriterion(fields.name);
  const dateOfBirth = readCriterion(fields.dateOfBirth);
  const identifier = readCriterion(fields.identifier);
  const limit = fields.limit;
  if (name === undefined || dateOfBirth === undefined) return null;
  if (identifier === undefined) return null;
  if (typeof limit !== 'number' || !Number.isInteger(limit)) return null;
  if (limit < 1 || limit > MAX_SEARCH_LIMIT) return null;
  return { name, dateOfBirth, identifier, limit };
}

/** A criterion: null when not given, undefined when not a criterion at all. */
function readCriterion(value: unknown): string | null | undefined {
  if (value === null) return null;
  return typeof value === 'string' && value.length <= MAX_CRITERION_LENGTH
    ? value
    : undefined;
}
