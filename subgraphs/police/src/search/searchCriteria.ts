/**
 * The criteria of a cross-agency search as APMIS validated and canonicalised
 * them (the NominalSearch entity's key). Police read them again rather than
 * trust them: anything that is not exactly the canonical shape searches nothing.
 */
export interface SearchCriteria {
  /** Lower-case letters and single spaces. */
  name: string | null;
  /** ISO yyyy-mm-dd. */
  dateOfBirth: string | null;
  /** Upper case, trimmed. */
  identifier: string | null;
  limit: number;
}

const MAX_LIMIT = 50;

function readOptionalText(value: unknown): string | null | undefined {
  if (value === null) return null;
  return typeof value === 'string' && value.length <= 100 ? value : undefined;
}

export function readSearchCriteria(criteria: string): SearchCriteria | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(criteria);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const fields = parsed as Record<string, unknown>;
  const name = readOptionalText(fields.name);
  const dateOfBirth = readOptionalText(fields.dateOfBirth);
  const identifier = readOptionalText(fields.identifier);
  const limit = fields.limit;
  if (name === undefined || dateOfBirth === undefined) return null;
  if (identifier === undefined) return null;
  if (typeof limit !== 'number' || !Number.isInteger(limit)) return null;
  if (limit < 1 || limit > MAX_LIMIT) return null;
  return { name, dateOfBirth, identifier, limit };
}

/** PNC ID (e.g. 03/1862724J) and CRO number (e.g. 537877/04E) formats. */
const PNC_ID = /^\d{2}\/\d{1,7}[A-Z]$/;
const CRO_NUMBER = /^\d{1,6}\/\d{2}[A-Z]$/;

/** Which police identifier an identifier criterion is, if either: police judge no other. */
export function classifyPoliceIdentifier(
  identifier: string | null,
): 'PNC_ID' | 'CRO_NUMBER' | null {
  if (identifier === null) return null;
  if (PNC_ID.test(identifier)) return 'PNC_ID';
  if (CRO_NUMBER.test(identifier)) return 'CRO_NUMBER';
  return null;
}
