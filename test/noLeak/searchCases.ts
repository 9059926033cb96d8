import { type Random, readNameTokens } from '@marsoc/platform';
import { type CallerView, isHidden } from './callerView';
import {
  IDENTIFIER_KEYS,
  makeUpIdentifier,
  maySeeIdentifier,
  readIdentifier,
} from './identifierKeys';
import { heldIdentifiers } from './lookupCases';
import { isOpenedByRegion } from './pickPair';
import { type NoLeakCase } from './NoLeakCase';
import { type NoLeakSuite } from './noLeakSuite';
import { type Truth } from './ownerTruth';
import { printOperation } from './printOperation';
import { generateSelection } from './selectionTree';

/** Where any searching owner could match a name or a date of birth. */
const NAME_BEARING = [
  'Nominal.police',
  'PoliceRecord.identity',
  'Nominal.apmis',
  'Nominal.custody',
  'Nominal.probation',
];

function readPath(truth: Truth | undefined, path: readonly string[]): unknown {
  let value: unknown = truth;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Truth)[step];
  }
  return value;
}

function canonicalName(name: string): string {
  return readNameTokens(name).join(' ');
}

type SearchSides = { argument: string; a: string; b: string; label: string };

/**
 * Sides of a search the caller must not be able to tell apart: a held
 * identifier the caller may not see against a made-up one, or, for a caller
 * who may see no name-bearing record at all, two nominals' surnames or dates
 * of birth. Undefined when this caller has no such search.
 */
function pickSearchSides(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): SearchSides | undefined {
  const hiddenKeys = IDENTIFIER_KEYS.filter(
    (key) => !maySeeIdentifier(view, key),
  );
  // A caller some names open to per record (DWP, for nominals put to a forum
  // in its region) is not blind to names, whatever the field decisions say.
  const blind =
    !view.opensPerNominatedRegion &&
    NAME_BEARING.every((coordinate) => isHidden(view.level(coordinate)));
  if (blind && random.chance(0.4)) {
    const [path, argument] = random.pick([
      [['police', 'identity', 'surname'], 'name'],
      [['police', 'identity', 'dateOfBirth'], 'dateOfBirth'],
    ] as const);
    const a = random.pick(suite.poolIds);
    const b = random.pick(suite.poolIds);
    const valueA = readPath(suite.truth.get(a), path);
    const valueB = readPath(suite.truth.get(b), path);
    if (
      typeof valueA === 'string' &&
      typeof valueB === 'string' &&
      valueA !== valueB
    )
      return { argument, a: valueA, b: valueB, label: argument };
  }
  if (hiddenKeys.length === 0) return undefined;
  const key = random.pick(hiddenKeys);
  const holders = suite.poolIds.filter(
    (id) =>
      readIdentifier(suite.truth.get(id), key) &&
      !isOpenedByRegion(suite, view, id),
  );
  if (holders.length === 0) return undefined;
  const real = readIdentifier(
    suite.truth.get(random.pick(holders)),
    key,
  ) as string;
  return {
    argument: 'identifier',
    a: real,
    b: makeUpIdentifier(real, heldIdentifiers(suite, key)),
    label: key.name,
  };
}

/**
 * `searchNominals` with a generated selection over matches and candidates.
 * Each search case gets a caller subject of its own, since searches are rate
 * limited per caller and the limit is not what this suite tests.
 */
export function generateSearchCase(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
  caseNumber: number,
): NoLeakCase | undefined {
  const sides = pickSearchSides(suite, random, view);
  if (!sides) return undefined;
  const query = printOperation(
    suite.model,
    random,
    {
      field: 'searchNominals',
      typeName: 'NominalSearch',
      args: `${sides.argument}: $value, limit: ${random.integer(1, 50)}`,
      variables: '$value: String!',
    },
    generateSelection(suite.model, random, 'NominalSearch'),
  );
  const { callerCase } = view;
  return {
    kind: `searchNominals by ${sides.label}`,
    view: {
      ...view,
      callerCase: {
        ...callerCase,
        caller: {
          ...callerCase.caller,
          sub: `${callerCase.caller.sub}-search-${caseNumber}`,
        },
      },
    },
    query,
    sideA: { value: sides.a },
    sideB: { value: sides.b },
    // The criteria echo a name in its canonical form (lower case, one space
    // between tokens: "Ivybridge-Smythe" is "ivybridge smythe").
    swaps: [
      [sides.a, sides.b],
      [sides.a.toLowerCase(), sides.b.toLowerCase()],
      ...(sides.argument === 'name'
        ? [[canonicalName(sides.a), canonicalName(sides.b)] as const]
        : []),
    ],
    hiddenDifference: true,
  };
}
