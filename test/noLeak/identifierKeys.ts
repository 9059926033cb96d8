import { type CallerView } from './callerView';
import { type Truth } from './ownerTruth';

/**
 * The agency identifiers a caller can look a nominal up by or search for, each
 * with where it sits in the record: the chain of fields whose decisions say
 * whether the caller may see it.
 */
export interface IdentifierKey {
  name: string;
  /** Field names from Nominal down to the identifier. */
  path: readonly string[];
  /** `Type.field` of each step of the path. */
  coordinates: readonly string[];
  /** The lookup root field and its argument, where one exists. */
  lookup?: { field: string; argument: string };
}

export const IDENTIFIER_KEYS: readonly IdentifierKey[] = [
  {
    name: 'PNC ID',
    path: ['police', 'identity', 'pncId'],
    coordinates: [
      'Nominal.police',
      'PoliceRecord.identity',
      'PoliceIdentity.pncId',
    ],
    lookup: { field: 'nominalByPncId', argument: 'pncId' },
  },
  {
    name: 'CRO number',
    path: ['police', 'identity', 'croNumber'],
    coordinates: [
      'Nominal.police',
      'PoliceRecord.identity',
      'PoliceIdentity.croNumber',
    ],
    lookup: { field: 'nominalByCroNumber', argument: 'croNumber' },
  },
  {
    name: 'prison number',
    path: ['custody', 'prisonNumber'],
    coordinates: ['Nominal.custody', 'PrisonCustody.prisonNumber'],
    lookup: { field: 'nominalByPrisonNumber', argument: 'prisonNumber' },
  },
  {
    name: 'CRN',
    path: ['probation', 'crn'],
    coordinates: ['Nominal.probation', 'ProbationSupervision.crn'],
    lookup: { field: 'nominalByCrn', argument: 'crn' },
  },
  {
    name: 'APMIS reference',
    path: ['apmis', 'apmisReference'],
    coordinates: ['Nominal.apmis', 'ApmisNominalRecord.apmisReference'],
  },
];

export function readIdentifier(
  truth: Truth | undefined,
  key: IdentifierKey,
): string | undefined {
  let value: unknown = truth;
  for (const step of key.path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Truth)[step];
  }
  return typeof value === 'string' ? value : undefined;
}

/** True when the register gives the caller the identifier in full. */
export function maySeeIdentifier(
  view: CallerView,
  key: IdentifierKey,
): boolean {
  return key.coordinates.every(
    (coordinate) => view.level(coordinate) === 'FULL',
  );
}

/**
 * An identifier of the same shape that no store holds: every digit moved on
 * by five, and checked against every identifier the pool holds.
 */
export function makeUpIdentifier(
  real: string,
  held: ReadonlySet<string>,
): string {
  for (let shift = 5; shift < 15; shift += 1) {
    const candidate = real.replace(/\d/g, (digit) =>
      String((Number(digit) + shift) % 10),
    );
    if (!held.has(candidate) && candidate !== real) return candidate;
  }
  throw new Error(`no made-up identifier for ${real}`);
}
