import { badUserInput, forbidden } from '@marsoc/platform';
import { Region } from '@marsoc/schema';
import { type ApmisContext } from '../context';
import { isIsoDate } from '../search/searchCriteria';

export interface CohortChangeFeedRoot {
  region: string;
  since: string;
}

/** How far back a feed may reach: long enough for a sentence's movements, bounded for the scan. */
export const MAX_FEED_YEARS = 5;

/** The same day `years` before `today` (yyyy-mm-dd); 29 February falls back to the 28th. */
export function findYearsBefore(today: string, years: number): string {
  const year = String(Number(today.slice(0, 4)) - years).padStart(4, '0');
  const candidate = `${year}${today.slice(4)}`;
  return isIsoDate(candidate) ? candidate : `${year}-02-28`;
}

/**
 * Opens the change feed of a region's cohort: the region must be one of the
 * caller's (a national role holds all ten), and `since` a date not in the
 * future and at most MAX_FEED_YEARS back. The feed's lists enforce themselves.
 */
export function cohortChanges(
  _root: unknown,
  args: { region: string; since: string },
  context: ApmisContext,
): CohortChangeFeedRoot {
  const { region, since } = args;
  if (!Region.is(region))
    throw badUserInput(`region must be one of ${Region.values.join(', ')}.`);
  if (!context.caller.regions.includes(region))
    throw forbidden(
      `The ${region} cohort is not one of your regions; ask its MARSOC Regional Lead.`,
    );
  const today = context.enforcement.now.slice(0, 10);
  const earliest = findYearsBefore(today, MAX_FEED_YEARS);
  if (!isIsoDate(since) || since > today || since < earliest)
    throw badUserInput(
      `since must be a date (yyyy-mm-dd) from ${earliest} to ${today}.`,
    );
  return { region, since };
}
