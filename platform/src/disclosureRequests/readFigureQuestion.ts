import { Agency, Region } from '@marsoc/schema';
import { describeValue } from '../grants/boundedText';
import { parseIsoInstant } from '../grants/validateExpiry';
import { type FigureQuestion } from './DisclosureRequestService';

/** Reporting looks back over years, never over the whole history at once. */
export const MAX_FIGURE_YEARS = 5;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A figure question once read: the period as instants [start, end). */
export interface FigurePeriod {
  owner: Agency;
  from: string;
  to: string;
  start: string;
  end: string;
  region: Region | null;
}

export type FigureReading =
  { ok: true; period: FigurePeriod } | { ok: false; problems: string[] };

/** Reads an owner, a period of whole days (both included) and an optional region. */
export function readFigureQuestion(
  question: FigureQuestion,
  owners: readonly Agency[],
): FigureReading {
  const problems: string[] = [];
  const owner =
    Agency.is(question.owner) && owners.includes(question.owner)
      ? question.owner
      : undefined;
  if (!owner)
    problems.push(
      `owner ${describeValue(question.owner)} is not an agency whose requests this service keeps (${owners.join(', ')}).`,
    );
  const start = readDay(question.from, 'from', problems);
  const last = readDay(question.to, 'to', problems);
  const region =
    question.region === undefined || question.region === null
      ? null
      : Region.is(question.region)
        ? question.region
        : undefined;
  if (region === undefined)
    problems.push(
      `region ${describeValue(question.region)} is not a region (${Region.values.join(', ')}).`,
    );
  if (start !== undefined && last !== undefined) {
    const limit = new Date(start);
    limit.setUTCFullYear(limit.getUTCFullYear() + MAX_FIGURE_YEARS);
    if (last < start) problems.push('to must not be before from.');
    else if (last >= limit.getTime())
      problems.push(`the period may span at most ${MAX_FIGURE_YEARS} years.`);
  }
  if (
    problems.length > 0 ||
    !owner ||
    start === undefined ||
    last === undefined ||
    region === undefined
  )
    return { ok: false, problems };
  return {
    ok: true,
    period: {
      owner,
      from: question.from as string,
      to: question.to as string,
      start: new Date(start).toISOString(),
      end: new Date(last + 86_400_000).toISOString(),
      region,
    },
  };
}

function readDay(
  value: unknown,
  label: string,
  problems: string[],
): number | undefined {
  const instant =
    typeof value === 'string' && DAY.test(value)
      ? parseIsoInstant(`${value}T00:00:00Z`)
      : undefined;
  if (instant === undefined)
    problems.push(
      `${label} ${describeValue(value)} is not a day written yyyy-mm-dd.`,
    );
  return instant;
}
