import {
  type PoliceSearchCandidate,
  type PoliceSearchQuery,
} from '../repository/PoliceRepository';
import { readNameKeys, scoreName } from '@marsoc/platform';
import {
  classifyPoliceIdentifier,
  type SearchCriteria,
} from './searchCriteria';

/** One police nominal a search matched; `nominalId` lets the enforcement name it. */
export interface PoliceSearchMatchRow {
  nominalId: string;
  /** 0-1: the mean of the scores of every criterion police judged. */
  score: number;
  /** NAME, ALIAS, DATE_OF_BIRTH, PNC_ID or CRO_NUMBER. */
  matchedOn: string[];
}

/** An alias match counts a little less than the nominal's own name. */
const ALIAS_WEIGHT = 0.9;

/**
 * What police ask their store for a search, or null when police can judge
 * none of its criteria (e.g. a prison number alone): then police match nothing.
 */
export function toPoliceSearchQuery(
  key: string,
  criteria: SearchCriteria,
): PoliceSearchQuery | null {
  const identifier = classifyPoliceIdentifier(criteria.identifier);
  const keys = criteria.name === null ? null : readNameKeys(criteria.name);
  const names = keys
    ? [...new Set([keys.surname, `${keys.forename ?? ''}${keys.surname}`])]
    : [];
  if (identifier === null && criteria.dateOfBirth === null && !keys)
    return null;
  return {
    key,
    names,
    dateOfBirth: criteria.dateOfBirth,
    pncId: identifier === 'PNC_ID' ? criteria.identifier : null,
    croNumber: identifier === 'CRO_NUMBER' ? criteria.identifier : null,
  };
}

interface Part {
  score: number;
  matchedOn: string;
}

function scoreNames(
  criteria: SearchCriteria,
  candidate: PoliceSearchCandidate,
): Part | null | undefined {
  if (criteria.name === null) return undefined;
  const asked = readNameKeys(criteria.name);
  if (!asked) return null;
  let best: Part | null = null;
  for (const held of candidate.names) {
    const weight = held.kind === 'ALIAS' ? ALIAS_WEIGHT : 1;
    const score = scoreName(asked, held) * weight;
    if (score > 0 && score > (best?.score ?? 0))
      best = { score, matchedOn: held.kind };
  }
  return best;
}

/** Every criterion police judge must match; undefined means not judged. */
function scoreParts(
  criteria: SearchCriteria,
  candidate: PoliceSearchCandidate,
): (Part | null | undefined)[] {
  const identifier = classifyPoliceIdentifier(criteria.identifier);
  const held = identifier === 'PNC_ID' ? candidate.pncId : candidate.croNumber;
  return [
    scoreNames(criteria, candidate),
    criteria.dateOfBirth === null
      ? undefined
      : criteria.dateOfBirth === candidate.dateOfBirth
        ? { score: 1, matchedOn: 'DATE_OF_BIRTH' }
        : null,
    identifier === null
      ? undefined
      : held === criteria.identifier
        ? { score: 1, matchedOn: identifier }
        : null,
  ];
}

function scoreCandidate(
  criteria: SearchCriteria,
  candidate: PoliceSearchCandidate,
): PoliceSearchMatchRow | null {
  const judged = scoreParts(criteria, candidate).filter(
    (part) => part !== undefined,
  );
  if (judged.length === 0 || judged.some((part) => part === null)) return null;
  const parts = judged as Part[];
  const mean = parts.reduce((sum, part) => sum + part.score, 0) / parts.length;
  return {
    nominalId: candidate.nominalId,
    score: Math.round(mean * 1000) / 1000,
    matchedOn: parts.map((part) => part.matchedOn).sort(),
  };
}

/** The matches of one search, best first (then by id), at most `limit`. */
export function scorePoliceCandidates(
  criteria: SearchCriteria,
  candidates: readonly PoliceSearchCandidate[],
): PoliceSearchMatchRow[] {
  return candidates
    .map((candidate) => scoreCandidate(criteria, candidate))
    .filter((match): match is PoliceSearchMatchRow => match !== null)
    .sort(
      (left, right) =>
        right.score - left.score ||
        left.nominalId.localeCompare(right.nominalId),
    )
    .slice(0, criteria.limit);
}
