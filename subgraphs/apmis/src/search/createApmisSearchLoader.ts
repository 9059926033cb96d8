import DataLoader from 'dataloader';
import {
  type ApmisRepository,
  type ApmisSearchCandidate,
  type ApmisSearchQuery,
} from '../repository/ApmisRepository';
import { readNameKeys, scoreName } from '@marsoc/platform';
import {
  APMIS_REFERENCE,
  readSearchCriteria,
  type SearchCriteria,
} from './searchCriteria';

/** One master-list entry a search matched; `nominalId` lets the enforcement name it. */
export interface ApmisSearchMatchRow {
  nominalId: string;
  /** 0-1: the mean over every criterion APMIS judged. */
  score: number;
  /** NAME, DATE_OF_BIRTH or APMIS_REFERENCE. */
  matchedOn: string[];
}

/** What APMIS asks its store for a search, or null if it can judge none of the criteria. */
function toApmisSearchQuery(
  key: string,
  criteria: SearchCriteria,
): ApmisSearchQuery | null {
  const reference =
    criteria.identifier !== null && APMIS_REFERENCE.test(criteria.identifier)
      ? criteria.identifier
      : null;
  const keys = criteria.name === null ? null : readNameKeys(criteria.name);
  if (reference === null && criteria.dateOfBirth === null && !keys) return null;
  return {
    key,
    names: keys
      ? [...new Set([keys.surname, `${keys.forename ?? ''}${keys.surname}`])]
      : [],
    dateOfBirth: criteria.dateOfBirth,
    apmisReference: reference,
  };
}

/** Every criterion APMIS judges must match; the score is their mean. */
function scoreCandidate(
  criteria: SearchCriteria,
  query: ApmisSearchQuery,
  candidate: ApmisSearchCandidate,
): ApmisSearchMatchRow | null {
  const parts: [number, string][] = [];
  const asked = criteria.name === null ? null : readNameKeys(criteria.name);
  if (asked) {
    const held = {
      forename: candidate.forenameKey,
      surname: candidate.surnameKey,
    };
    parts.push([scoreName(asked, held), 'NAME']);
  }
  if (criteria.dateOfBirth !== null)
    parts.push([
      criteria.dateOfBirth === candidate.dateOfBirth ? 1 : 0,
      'DATE_OF_BIRTH',
    ]);
  if (query.apmisReference !== null)
    parts.push([
      query.apmisReference === candidate.apmisReference ? 1 : 0,
      'APMIS_REFERENCE',
    ]);
  if (parts.length === 0 || parts.some(([score]) => score === 0)) return null;
  const mean = parts.reduce((sum, [score]) => sum + score, 0) / parts.length;
  return {
    nominalId: candidate.nominalId,
    score: Math.round(mean * 1000) / 1000,
    matchedOn: parts.map(([, matchedOn]) => matchedOn).sort(),
  };
}

function scoreSearch(
  criteria: SearchCriteria,
  query: ApmisSearchQuery,
  candidates: readonly ApmisSearchCandidate[],
): ApmisSearchMatchRow[] {
  return candidates
    .map((candidate) => scoreCandidate(criteria, query, candidate))
    .filter((match): match is ApmisSearchMatchRow => match !== null)
    .sort(
      (left, right) =>
        right.score - left.score ||
        left.nominalId.localeCompare(right.nominalId),
    )
    .slice(0, criteria.limit);
}

/** Master-list matches by canonical criteria: every search of a request in one repository call. */
export function createApmisSearchLoader(
  repository: ApmisRepository,
): DataLoader<string, ApmisSearchMatchRow[]> {
  return new DataLoader<string, ApmisSearchMatchRow[]>(async (keys) => {
    const searches = keys.map((key) => {
      const criteria = readSearchCriteria(key);
      return { criteria, query: criteria && toApmisSearchQuery(key, criteria) };
    });
    const queries = searches.flatMap(({ query }) => (query ? [query] : []));
    const candidates =
      queries.length === 0
        ? []
        : await repository.findSearchCandidates(queries);
    return searches.map(({ criteria, query }) =>
      criteria && query
        ? scoreSearch(
            criteria,
            query,
            candidates.filter((candidate) => candidate.queryKey === query.key),
          )
        : [],
    );
  });
}
