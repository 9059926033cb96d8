import DataLoader from 'dataloader';
import {
  type CohortMovementQuery,
  type CohortMovementRow,
  type HmppsRepository,
} from '../repository/HmppsRepository';

/** A feed asks about at most this many nominals: a region's cohort is far smaller. */
export const MAX_FEED_NOMINALS = 500;

/**
 * Cohort movements by feed (its key is the query serialised): every feed of a
 * request in one repository call.
 */
export function createCohortMovementLoader(
  repository: HmppsRepository,
): DataLoader<CohortMovementQuery, CohortMovementRow[], string> {
  return new DataLoader<CohortMovementQuery, CohortMovementRow[], string>(
    async (queries) => {
      const rows = await repository.findCohortMovements(queries);
      return queries.map((query) =>
        rows.filter((row) => row.queryKey === query.key),
      );
    },
    { cacheKeyFn: (query) => query.key },
  );
}
