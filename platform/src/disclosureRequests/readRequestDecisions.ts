import {
  type Agency,
  type DataCategory,
  type Decision,
  type ReasonCode,
} from '@marsoc/schema';
import { type RequestEnforcement } from '../subgraph';

/** The coordinate whose decision says whether a caller may read request records at all. */
export const REQUEST_RECORD_COORDINATE = 'DisclosureRequest.status';

/** The caller's decisions a request is judged on, from the request's own table. */
export interface RequestDecisions {
  /** The caller's decisions for every marked field of `owner`'s `category` in this schema. */
  forCategory(owner: Agency, category: DataCategory): Decision[];
  /** The categories of `owner` this schema has marked fields of. */
  categoriesOf(owner: Agency): DataCategory[];
  /**
   * Why the caller may not read request records in full (the register's
   * rule for DISCLOSURE_REQUESTS), or undefined when they may.
   */
  requestRecordsRefusal: ReasonCode | undefined;
}

/**
 * Reads the decisions a request needs from a subgraph's enforcement: the same
 * table every field of the response is judged by, so a request is refused or
 * taken exactly as the caller was shown the category. Nothing here reads a store.
 */
export function readRequestDecisions(
  enforcement: RequestEnforcement,
): RequestDecisions {
  const lookups = enforcement.markedCoordinates.map((coordinate) =>
    enforcement.decideLookup(coordinate),
  );
  const record = enforcement.decisionFor(REQUEST_RECORD_COORDINATE);
  return {
    forCategory: (owner, category) =>
      lookups
        .filter(
          ({ marking }) =>
            marking.owner === owner && marking.category === category,
        )
        .map(({ decision }) => decision),
    categoriesOf: (owner) => [
      ...new Set(
        lookups
          .filter(({ marking }) => marking.owner === owner)
          .map(({ marking }) => marking.category),
      ),
    ],
    requestRecordsRefusal: record.level === 'FULL' ? undefined : record.reason,
  };
}
