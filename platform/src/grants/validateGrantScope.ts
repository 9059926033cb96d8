import { type Caller, Region } from '@marsoc/schema';
import { describeValue, readBoundedText } from './boundedText';

/** A unit name as a caller's token carries it, e.g. "NWROCU". */
export const MAX_UNIT_LENGTH = 100;
/** Enough for every team a disclosure could sensibly name. */
export const MAX_UNITS = 20;

/** Where in the recipient agency a grant reaches (docs/policy-model.md#case-specific-disclosures). */
export interface GrantScope {
  regions: Region[];
  /** Null: every unit in those regions. */
  units: string[] | null;
}

export interface ScopeProblem {
  field: 'regions' | 'units';
  message: string;
}

export interface ScopeReading {
  problems: ScopeProblem[];
  /** Set when there are no problems. */
  scope?: GrantScope;
}

/**
 * Reads a grant's scope: the recipient agency's regions and, optionally, units
 * it reaches. With no regions given, the grant reaches the regions of the
 * disclosure officer who records it: the narrowest scope that can be known
 * without guessing, and never the whole country by omission. (A future request
 * workflow will default to the requesting officer's region instead.) The scope
 * is stored explicitly, so the record always says how far a grant reaches.
 */
export function validateGrantScope(
  regions: unknown,
  units: unknown,
  caller: Caller,
): ScopeReading {
  const regionReading =
    regions === undefined || regions === null
      ? { problems: [], values: [...caller.regions] }
      : readRegions(regions);
  const unitReading =
    units === undefined || units === null
      ? { problems: [], values: null }
      : readUnits(units);
  const problems: ScopeProblem[] = [
    ...regionReading.problems.map((message) => ({
      field: 'regions' as const,
      message,
    })),
    ...unitReading.problems.map((message) => ({
      field: 'units' as const,
      message,
    })),
  ];
  if (regionReading.values?.length === 0 && problems.length === 0) {
    problems.push({
      field: 'regions',
      message:
        'regions must be given: you hold no region of your own to default to.',
    });
  }
  if (problems.length > 0 || !regionReading.values) return { problems };
  return {
    problems,
    scope: { regions: regionReading.values, units: unitReading.values ?? null },
  };
}

interface ListReading<Value> {
  problems: string[];
  values?: Value[] | null;
}

function readRegions(value: unknown): ListReading<Region> {
  const problems = checkList(value, 'regions', Region.values.length);
  if (problems.length > 0 || !Array.isArray(value)) return { problems };
  const unknown = value.filter((region) => !Region.is(region));
  if (unknown.length > 0) {
    return {
      problems: [
        `regions ${unknown.map(describeValue).join(', ')} ${unknown.length === 1 ? 'is not a region' : 'are not regions'} (${Region.values.join(', ')}).`,
      ],
    };
  }
  return { problems, values: unique(value.filter(Region.is)) };
}

function readUnits(value: unknown): ListReading<string> {
  const problems = checkList(value, 'units', MAX_UNITS);
  if (problems.length > 0 || !Array.isArray(value)) return { problems };
  const units: string[] = [];
  for (const [index, unit] of value.entries()) {
    const reading = readBoundedText(unit, `units[${index}]`, MAX_UNIT_LENGTH);
    if (reading.ok) units.push(reading.text);
    else problems.push(reading.problem);
  }
  return problems.length > 0
    ? { problems }
    : { problems, values: unique(units) };
}

const OMITTED = {
  regions: 'leave it out to reach your own regions',
  units: 'leave it out to reach every unit in the regions',
} as const;

/** A list, when given, names at least one value and not absurdly many. */
function checkList(
  value: unknown,
  label: keyof typeof OMITTED,
  max: number,
): string[] {
  if (!Array.isArray(value)) return [`${label} must be a list.`];
  if (value.length === 0) {
    return [`${label}, when given, must name at least one; ${OMITTED[label]}.`];
  }
  if (value.length > max) return [`${label} may name at most ${max}.`];
  return [];
}

function unique<Value>(values: readonly Value[]): Value[] {
  return [...new Set(values)];
}
