import { type Agency, type Region } from '@marsoc/schema';
import { type CountedEvent } from './DisclosureRequestRepository';

/** One region's counts over a period, or (region null) every region's. */
export interface RegionFigures {
  region: Region | null;
  raised: number;
  reopened: number;
  /** Approved, approved in part, or declined. */
  decided: number;
  approved: number;
  partiallyApproved: number;
  declined: number;
  withdrawn: number;
  expired: number;
  /** From reaching the owner (raised or re-opened) to its decision; null with none decided. */
  medianHoursToDecision: number | null;
  p90HoursToDecision: number | null;
  /** Grants made from requests that released something on a day of the period. */
  grantsUsed: number;
}

/** An owner's figures for a period: counts only, never a request. */
export interface RequestFigures {
  owner: Agency;
  /** The first and last day counted (yyyy-mm-dd). */
  from: string;
  to: string;
  total: RegionFigures;
  /** Each region the requests were raised for with anything to count, in order. */
  byRegion: RegionFigures[];
}

const HOUR = 3_600_000;
const DECISIONS = new Set(['APPROVED', 'PARTIALLY_APPROVED', 'DECLINED']);

/**
 * The Performance Framework's figures for requests (seed 000 E771-E829;
 * E814 counts requests rejected): each event in the period is counted once,
 * in the region its request was raised for. Times to decision are whole
 * requests' waits, so their median and 90th percentile (nearest rank) say how
 * long a requester waited, in hours to one decimal.
 */
export function computeRequestFigures(
  events: readonly CountedEvent[],
  grantsUsed: readonly { region: Region; used: number }[],
): Pick<RequestFigures, 'total' | 'byRegion'> {
  const regions = [
    ...new Set([
      ...events.map((event) => event.region),
      ...grantsUsed.map((row) => row.region),
    ]),
  ].sort();
  const byRegion = regions.map((region) =>
    countFigures(
      region,
      events.filter((event) => event.region === region),
      grantsUsed.filter((row) => row.region === region),
    ),
  );
  return { total: countFigures(null, events, grantsUsed), byRegion };
}

function countFigures(
  region: Region | null,
  events: readonly CountedEvent[],
  grantsUsed: readonly { used: number }[],
): RegionFigures {
  const count = (kind: CountedEvent['kind']): number =>
    events.filter((event) => event.kind === kind).length;
  const waits = events
    .filter((event) => DECISIONS.has(event.kind))
    .map((event) => Date.parse(event.at) - Date.parse(event.pendingSince))
    .sort((a, b) => a - b);
  return {
    region,
    raised: count('RAISED'),
    reopened: count('REOPENED'),
    decided: waits.length,
    approved: count('APPROVED'),
    partiallyApproved: count('PARTIALLY_APPROVED'),
    declined: count('DECLINED'),
    withdrawn: count('WITHDRAWN'),
    expired: count('EXPIRED'),
    medianHoursToDecision: toHours(nearestRank(waits, 0.5)),
    p90HoursToDecision: toHours(nearestRank(waits, 0.9)),
    grantsUsed: grantsUsed.reduce((sum, row) => sum + row.used, 0),
  };
}

/** The smallest value with at least `share` of the values at or below it. */
export function nearestRank(
  sorted: readonly number[],
  share: number,
): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

function toHours(milliseconds: number | undefined): number | null {
  return milliseconds === undefined
    ? null
    : Math.round((milliseconds / HOUR) * 10) / 10;
}
