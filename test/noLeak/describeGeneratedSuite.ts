import { createNoLeakSuite, type NoLeakSuite } from './noLeakSuite';
import {
  describeReport,
  type NoLeakReport,
  type NoLeakRun,
  runNoLeakCases,
} from './runNoLeakCases';
import { summariseFailures } from './summariseFailures';

/**
 * A backstop against a run that hangs, never a timing assertion: at a load
 * average of 14 on two cores 2,500 cases took 944 s.
 */
const CASES_BACKSTOP_MS = 1_800_000;

/** One generated no-leak run: its name in the printed report, seed and drawing. */
export interface GeneratedSuite {
  /** The name the case count is printed under, e.g. nominalRecords. */
  readonly name: string;
  readonly seed: string;
  readonly generators: NoLeakRun['generators'];
  /** How many cases; 2,500 keeps each file well inside CI's time. */
  readonly cases?: number;
  /** What else the run's report must show, beside no failures. */
  readonly alsoExpect?: (report: NoLeakReport) => void;
}

/**
 * The generated no-leak suite (issue 10, point 6) over one drawing of cases:
 * seeded, so a failure names a case the same seed makes again; bounded, so it
 * stays inside CI's time. Each case is answered for both sides of a pair of
 * nominals after swapping their identifiers; any difference or hidden value
 * shown fails it, and the run prints how many cases it made.
 */
export function describeGeneratedSuite(
  title: string,
  { name, seed, generators, cases = 2500, alsoExpect }: GeneratedSuite,
): void {
  describe(`generated no-leak suite: ${title}`, () => {
    let suite: NoLeakSuite;

    beforeAll(async () => {
      suite = await createNoLeakSuite();
    }, 120_000);
    afterAll(() => suite.stop());

    it(
      `answers both sides of ${cases} generated cases alike after swapping their identifiers, and never shows a hidden value`,
      async () => {
        const report = await runNoLeakCases(suite, {
          seed,
          count: cases,
          generators,
        });
        process.stdout.write(describeReport(name, report));
        expect(report.cases).toBe(cases);
        alsoExpect?.(report);
        expect(summariseFailures(report.failures)).toEqual([]);
      },
      CASES_BACKSTOP_MS,
    );
  });
}
