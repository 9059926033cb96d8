import { badUserInput } from '@marsoc/platform';
import { Agency, Region } from '@marsoc/schema';
import { type ApmisContext } from '../context';
import {
  findIndicator,
  INDICATORS,
  IndicatorGrouping,
  IndicatorName,
  type IndicatorDefinition,
} from '../reporting/indicatorCatalog';
import {
  foldIndicatorFacts,
  type IndicatorQuestion,
  type IndicatorRow,
} from '../reporting/foldIndicatorFacts';

export interface IndicatorArguments {
  name: string;
  by: readonly string[];
  region?: string | null;
  cycle?: number | null;
  agency?: string | null;
}

/**
 * Checks a question against the indicator's definition, listing every problem
 * in one BAD_USER_INPUT: a grouping or a cycle the indicator's data has none
 * of, or a region, agency or cycle that is not one.
 */
function readQuestion(
  definition: IndicatorDefinition,
  args: IndicatorArguments,
): IndicatorQuestion {
  const problems: string[] = [];
  const by = new Set(
    args.by.map((grouping) => IndicatorGrouping.parse(grouping)),
  );
  for (const grouping of by)
    if (!definition.groupings.includes(grouping))
      problems.push(`${definition.name} cannot be grouped by ${grouping}`);
  const region = args.region ?? null;
  if (region !== null && !Region.is(region))
    problems.push(`region must be one of ${Region.values.join(', ')}`);
  const agency = args.agency ?? null;
  if (agency !== null && !Agency.is(agency))
    problems.push(`agency must be one of ${Agency.values.join(', ')}`);
  const cycle = args.cycle ?? null;
  if (cycle !== null && !definition.groupings.includes('CYCLE'))
    problems.push(`${definition.name} has no cycle to ask for`);
  else if (cycle !== null && !(Number.isInteger(cycle) && cycle >= 1))
    problems.push('cycle must be a whole number from 1');
  if (problems.length > 0) throw badUserInput(problems.join('; '));
  return { by, region, cycle, agency };
}

/**
 * The Performance Framework's indicators on the `performance` root, marked
 * AGGREGATES like its other fields: counts of codes, folded from the store's
 * finest-grain counts (reporting/foldIndicatorFacts.ts).
 */
export const performanceIndicators = {
  async indicator(
    _: unknown,
    args: IndicatorArguments,
    context: ApmisContext,
  ): Promise<IndicatorRow[]> {
    const definition = findIndicator(IndicatorName.parse(args.name));
    const question = readQuestion(definition, args);
    return foldIndicatorFacts(
      definition,
      await context.loaders.performance.readIndicatorFacts(definition.name),
      question,
    );
  },

  indicators(): readonly IndicatorDefinition[] {
    return INDICATORS;
  },
};
