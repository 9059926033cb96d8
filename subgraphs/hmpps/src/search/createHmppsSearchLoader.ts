import DataLoader from 'dataloader';
import { type HmppsRepository } from '../repository/HmppsRepository';
import {
  type HmppsReferenceKind,
  readHmppsSearch,
} from './readSearchIdentifier';

/** One nominal an HMPPS reference names; `nominalId` lets the enforcement name it. */
export interface HmppsSearchMatchRow {
  nominalId: string;
  /** 1: a reference matches exactly or not at all. */
  score: number;
  matchedOn: HmppsReferenceKind[];
}

/**
 * HMPPS matches by canonical criteria: every search of a request in one
 * repository call. A reference two nominals share names both: a search
 * offers candidates, it does not identify anyone.
 */
export function createHmppsSearchLoader(
  repository: HmppsRepository,
): DataLoader<string, HmppsSearchMatchRow[]> {
  return new DataLoader<string, HmppsSearchMatchRow[]>(async (keys) => {
    const searches = keys.map(readHmppsSearch);
    const references = searches.flatMap((search) =>
      search ? [search.reference] : [],
    );
    const rows = await repository.findReferenceMatches([
      ...new Set(references),
    ]);
    return searches.map((search) =>
      search === null
        ? []
        : rows
            .filter(
              (row) =>
                row.reference === search.reference && row.kind === search.kind,
            )
            .slice(0, search.limit)
            .map((row) => ({
              nominalId: row.nominalId,
              score: 1,
              matchedOn: [row.kind],
            })),
    );
  });
}
