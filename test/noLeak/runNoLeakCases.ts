import { createRandom, type Random } from '@marsoc/platform';
import {
  type CallerCase,
  generateCallers,
  listPersonaCallers,
} from './callers';
import { type CallerView } from './callerView';
import {
  checkCase,
  errorOrderDiffers,
  hasInternalError,
  type NoLeakFailure,
} from './checkCase';
import { generateLookupCase } from './lookupCases';
import { type NoLeakCase } from './NoLeakCase';
import { type NoLeakSuite } from './noLeakSuite';
import { generateNominalCase, generateNominalsCase } from './nominalCases';
import { generateSearchCase } from './searchCases';
import {
  generateAccessesToCase,
  generateWholePictureCase,
} from './wholePictureCases';

export type CaseGenerator = (
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
  caseNumber: number,
) => NoLeakCase | undefined;

export interface NoLeakRun {
  seed: string;
  count: number;
  /** Generators with their weights; each case draws one. */
  generators: readonly (readonly [CaseGenerator, number])[];
}

export interface NoLeakReport {
  cases: number;
  byKind: Map<string, number>;
  /** Cases whose two sides' hidden data differs in what was asked. */
  withHiddenDifference: number;
  /** Cases in which some answer carried a masked internal error. */
  withInternalError: number;
  /** Cases whose answers list the same errors in a different order. */
  withErrorOrderDifference: number;
  /** Milliseconds spent per kind, both sides' queries included. */
  timeByKind: Map<string, number>;
  failures: NoLeakFailure[];
  milliseconds: number;
}

export const ALL_GENERATORS: NoLeakRun['generators'] = [
  [generateNominalCase, 40],
  [generateNominalsCase, 12],
  [generateLookupCase, 18],
  [generateSearchCase, 12],
  [generateWholePictureCase, 10],
  [generateAccessesToCase, 8],
];

function pickWeighted<T>(
  random: Random,
  items: readonly (readonly [T, number])[],
): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random.next() * total;
  for (const [item, weight] of items) {
    draw -= weight;
    if (draw < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

/**
 * Runs `count` generated cases through the real gateway: callers are every
 * persona under every purpose and as many generated ones, drawn in turn.
 */
export async function runNoLeakCases(
  suite: NoLeakSuite,
  run: NoLeakRun,
): Promise<NoLeakReport> {
  const started = Date.now();
  const random = createRandom(run.seed);
  const callers: CallerCase[] = [
    ...listPersonaCallers(),
    ...generateCallers(run.seed, 60),
  ];
  const report: NoLeakReport = {
    cases: 0,
    byKind: new Map(),
    withHiddenDifference: 0,
    withInternalError: 0,
    withErrorOrderDifference: 0,
    timeByKind: new Map(),
    failures: [],
    milliseconds: 0,
  };
  let attempts = 0;
  while (report.cases < run.count) {
    attempts += 1;
    if (attempts > run.count * 3)
      throw new Error('too few cases could be generated');
    const view = suite.viewOf(random.pick(callers));
    const generate = pickWeighted(random, run.generators);
    const noLeakCase = generate(suite, random, view, attempts);
    if (!noLeakCase) continue;
    const { caller, purpose } = noLeakCase.view.callerCase;
    const caseStarted = Date.now();
    const answerA = await suite.system.query(
      caller,
      purpose,
      noLeakCase.query,
      noLeakCase.sideA,
    );
    const answerB = await suite.system.query(
      caller,
      purpose,
      noLeakCase.query,
      noLeakCase.sideB,
    );
    report.cases += 1;
    report.timeByKind.set(
      noLeakCase.kind,
      (report.timeByKind.get(noLeakCase.kind) ?? 0) + Date.now() - caseStarted,
    );
    if (errorOrderDiffers(noLeakCase, answerA, answerB))
      report.withErrorOrderDifference += 1;
    report.byKind.set(
      noLeakCase.kind,
      (report.byKind.get(noLeakCase.kind) ?? 0) + 1,
    );
    if (noLeakCase.hiddenDifference) report.withHiddenDifference += 1;
    if (hasInternalError(answerA) || hasInternalError(answerB))
      report.withInternalError += 1;
    report.failures.push(
      ...checkCase(noLeakCase, answerA, answerB, suite.hiddenValuesOf(view)),
    );
  }
  report.milliseconds = Date.now() - started;
  return report;
}

/** One line per kind, for the test's output. */
export function describeReport(name: string, report: NoLeakReport): string {
  const kinds = [...report.byKind]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(
      ([kind, count]) =>
        `    ${kind}: ${count} (${((report.timeByKind.get(kind) ?? 0) / count).toFixed(1)} ms each)`,
    )
    .join('\n');
  return [
    `no-leak suite (${name}): ${report.cases} cases in ${(report.milliseconds / 1000).toFixed(1)} s, ` +
      `${report.withHiddenDifference} with hidden data differing between the sides, ` +
      `${report.withInternalError} with a masked internal error, ` +
      `${report.withErrorOrderDifference} with the same errors in another order, ${report.failures.length} failures`,
    kinds,
    '',
  ].join('\n');
}
