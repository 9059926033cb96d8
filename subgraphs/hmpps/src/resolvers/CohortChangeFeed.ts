import { type HmppsContext } from '../context';
import { type PrisonMovementRow } from '../repository/HmppsRepository';
import { MAX_FEED_NOMINALS } from '../search/createCohortMovementLoader';

/** What the gateway sends: the feed's key and the cohort APMIS released to this caller. */
interface CohortChangeFeedReference {
  region: string;
  since: string;
  nominalIds?: unknown;
}

/** A movement as the feed shows it: what changed, for whom, by whose record. */
interface CohortMovementView extends PrisonMovementRow {
  change: PrisonMovementRow['reason'];
  owningAgency: 'HMPPS';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NOMINAL_ID = /^NOM-\d{5,7}$/;

/**
 * The cohort's nominals as the gateway fetched them from APMIS under the
 * caller's own decision: null (withheld) or anything malformed asks about no
 * one, so HMPPS never learns of, or answers about, a nominal the caller may not
 * see on the cohort.
 */
function readNominalIds(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > MAX_FEED_NOMINALS) return [];
  return value.filter(
    (id): id is string => typeof id === 'string' && NOMINAL_ID.test(id),
  );
}

export const CohortChangeFeed = {
  __resolveReference: (
    reference: CohortChangeFeedReference,
  ): CohortChangeFeedReference => reference,
  async prisonMovements(
    feed: CohortChangeFeedReference,
    _args: unknown,
    context: HmppsContext,
  ): Promise<CohortMovementView[]> {
    const nominalIds = readNominalIds(feed.nominalIds);
    if (!ISO_DATE.test(feed.since) || nominalIds.length === 0) return [];
    const until = context.enforcement.now.slice(0, 10);
    const rows = await context.loaders.cohortMovements.load({
      key: JSON.stringify([feed.since, until, nominalIds]),
      nominalIds,
      since: feed.since,
      until,
    });
    return rows.map((row) => ({
      nominalId: row.nominalId,
      movementDate: row.movementDate,
      fromLocation: row.fromLocation,
      toLocation: row.toLocation,
      reason: row.reason,
      change: row.reason,
      owningAgency: 'HMPPS',
    }));
  },
};

export const PrisonCohortMovement = {
  nominal: (movement: CohortMovementView): { id: string } => ({
    id: movement.nominalId,
  }),
};
