import { badUserInput } from '@marsoc/platform';
import { Region } from '@marsoc/schema';
import { type ApmisContext } from '../context';
import {
  DisruptionDimension,
  NominationDimension,
  PeriodGranularity,
} from '../repository/PerformanceReports';
import { assembleCohortFunnel } from '../reporting/assembleCohortFunnel';
import { performanceIndicators } from './performanceIndicators';

/** The root `performance` object: it holds nothing itself; each field counts. */
export type PerformanceRoot = Record<string, never>;

function readRegion(region: string | null | undefined): Region | null {
  if (region === null || region === undefined) return null;
  if (!Region.is(region))
    throw badUserInput(`region must be one of ${Region.values.join(', ')}`);
  return region;
}

/**
 * MARSOC's performance counts. Every field is marked AGGREGATES, so the
 * enforcement decides whether the caller sees them; the counts are computed in
 * SQL over every record (all of it MARSOC's own, none of it covert), so nothing
 * withheld from a record view can be inferred from them.
 */
export const ApmisPerformance = {
  disruptionsBy(
    _: PerformanceRoot,
    args: { dimension: string; granularity: string; marsocOnly: boolean },
    context: ApmisContext,
  ) {
    return context.loaders.performance.countDisruptionsBy(
      DisruptionDimension.parse(args.dimension),
      {
        granularity: PeriodGranularity.parse(args.granularity),
        marsocOnly: args.marsocOnly,
      },
    );
  },

  async disruptionTotals(
    _: PerformanceRoot,
    args: { marsocOnly: boolean },
    context: ApmisContext,
  ) {
    const totals = await context.loaders.performance.countDisruptions(args);
    return { key: 'ALL', ...totals };
  },

  nominationsBy(
    _: PerformanceRoot,
    args: { dimension: string; region?: string | null },
    context: ApmisContext,
  ) {
    return context.loaders.performance.countNominationsBy(
      NominationDimension.parse(args.dimension),
      readRegion(args.region),
    );
  },

  async cohortFunnel(
    _: PerformanceRoot,
    args: { region?: string | null },
    context: ApmisContext,
  ) {
    const region = readRegion(args.region);
    const { performance } = context.loaders;
    return assembleCohortFunnel(
      await performance.countNominationsByCycle(region),
      await performance.countDeselectionsByCycle(region),
    );
  },

  ...performanceIndicators,
};
