import { Region } from '@marsoc/schema';
import { type ApmisContext } from '../context';
import {
  type ApmisDisruptionRow,
  type CohortChangeQuery,
  type CohortChangeRows,
  type CohortEventRow,
} from '../repository/ApmisRepository';
import { type CohortChangeFeedRoot } from './cohortChanges';

/** A cohort event as the feed shows it. */
interface CohortFeedEventView {
  nominalId: string;
  change: CohortEventRow['transition'];
  occurredAt: string;
  detail: string;
  owningAgency: 'MARSOC';
}

/** A disruption as the feed shows it. */
interface CohortFeedDisruptionView {
  nominalId: string;
  date: string;
  disruption: ApmisDisruptionRow;
  owningAgency: 'MARSOC';
}

const NOTHING: Omit<CohortChangeRows, 'key'> = {
  nominalIds: [],
  events: [],
  disruptions: [],
};

/** The feed's rows, read once per request whichever of its lists are asked for. */
async function loadFeed(
  feed: CohortChangeFeedRoot,
  context: ApmisContext,
): Promise<Omit<CohortChangeRows, 'key'>> {
  if (!Region.is(feed.region)) return NOTHING;
  const until = context.enforcement.now.slice(0, 10);
  const query: CohortChangeQuery = {
    key: `${feed.region}|${feed.since}|${until}`,
    region: feed.region,
    since: feed.since,
    until,
  };
  return context.loaders.cohortChanges.load(query);
}

export const CohortChangeFeed = {
  __resolveReference: (
    reference: CohortChangeFeedRoot,
  ): CohortChangeFeedRoot => ({
    region: reference.region,
    since: reference.since,
  }),
  nominalIds: async (
    feed: CohortChangeFeedRoot,
    _args: unknown,
    context: ApmisContext,
  ): Promise<string[]> => (await loadFeed(feed, context)).nominalIds,
  cohortEvents: async (
    feed: CohortChangeFeedRoot,
    _args: unknown,
    context: ApmisContext,
  ): Promise<CohortFeedEventView[]> =>
    (await loadFeed(feed, context)).events.map((event) => ({
      nominalId: event.nominalId,
      change: event.transition,
      occurredAt: event.occurredAt,
      detail: event.detail,
      owningAgency: 'MARSOC',
    })),
  newDisruptions: async (
    feed: CohortChangeFeedRoot,
    _args: unknown,
    context: ApmisContext,
  ): Promise<CohortFeedDisruptionView[]> =>
    (await loadFeed(feed, context)).disruptions.map((disruption) => ({
      nominalId: disruption.nominalId,
      date: disruption.date,
      disruption,
      owningAgency: 'MARSOC',
    })),
};

/** Both entry types name their nominal as a Nominal. */
const nominalOf = (entry: { nominalId: string }): { id: string } => ({
  id: entry.nominalId,
});

export const CohortFeedEvent = { nominal: nominalOf };
export const CohortFeedDisruption = { nominal: nominalOf };
