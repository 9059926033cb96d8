import {
  badUserInput,
  orderForenameFirst,
  readNameTokens,
} from '@marsoc/platform';
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  type SearchCriteria,
} from '@marsoc/schema/wire';

// The canonical criteria are a wire fact police and HMPPS read too.
export {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  readSearchCriteria,
  type SearchCriteria,
  writeSearchCriteria,
} from '@marsoc/schema/wire';

export interface SearchArguments {
  name?: string | null;
  dateOfBirth?: string | null;
  identifier?: string | null;
  limit?: number | null;
}

const NAME = /^[\p{L}][\p{L}\p{M} .'’-]*$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Any agency's reference shape, deliberately loose: rejecting an NCA or HMRC
 * reference by its format would itself say something. Such references simply
 * match nothing (they are not searchable).
 */
const IDENTIFIER = /^[A-Z0-9][A-Z0-9/-]{2,29}$/;

/** A real calendar date, written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return date.toISOString().slice(0, 10) === value;
}

function readName(name: string, problems: string[]): string | null {
  const trimmed = name.trim();
  // Accepts the name as the system prints it, "MUDLARK, Florian", too.
  const written = orderForenameFirst(trimmed);
  const tokens = readNameTokens(written);
  if (
    trimmed.length > 100 ||
    !NAME.test(written) ||
    tokens.join('').length < 2
  ) {
    problems.push(
      'name must be 2 to 100 characters of letters, spaces, hyphens, apostrophes or full stops, forename first or as "SURNAME, Forenames".',
    );
    return null;
  }
  return tokens.join(' ');
}

function readDate(date: string, today: string, problems: string[]) {
  if (!isIsoDate(date) || date > today || date < '1900-01-01') {
    problems.push('dateOfBirth must be a date (yyyy-mm-dd) in the past.');
    return null;
  }
  return date;
}

function readIdentifier(identifier: string, problems: string[]) {
  const compact = identifier.replace(/\s+/g, '').toUpperCase();
  if (!IDENTIFIER.test(compact)) {
    problems.push(
      'identifier must be 3 to 30 letters, digits, slashes or hyphens.',
    );
    return null;
  }
  return compact;
}

/**
 * Validates a search, listing every problem in one BAD_USER_INPUT. `today`
 * (yyyy-mm-dd) bounds the date of birth.
 */
export function validateSearch(
  args: SearchArguments,
  today: string,
): SearchCriteria {
  const problems: string[] = [];
  const given = (value: string | null | undefined): value is string =>
    typeof value === 'string' && value.trim() !== '';
  const name = given(args.name) ? readName(args.name, problems) : null;
  const dateOfBirth = given(args.dateOfBirth)
    ? readDate(args.dateOfBirth.trim(), today, problems)
    : null;
  const identifier = given(args.identifier)
    ? readIdentifier(args.identifier, problems)
    : null;
  const limit = args.limit ?? DEFAULT_SEARCH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT)
    problems.push(`limit must be 1 to ${MAX_SEARCH_LIMIT}.`);
  if (!given(args.name) && !given(args.dateOfBirth) && !given(args.identifier))
    problems.push('Give at least one of name, dateOfBirth or identifier.');
  if (problems.length > 0) throw badUserInput(problems.join(' '));
  return { name, dateOfBirth, identifier, limit };
}

/** APMIS references: APMIS/NW/00001. */
export const APMIS_REFERENCE = /^APMIS\/[A-Z]{2}\/\d{5,7}$/;
