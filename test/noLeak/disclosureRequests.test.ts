import { createNoLeakSuite, type NoLeakSuite } from './noLeakSuite';
import { generateRequestCase } from './requestCases';
import { describeReport, runNoLeakCases } from './runNoLeakCases';
import { summariseFailures } from './summariseFailures';

// Disclosure requests in the generated no-leak suite (issue 12 point 3): a
// request for an NCND category, or for what the owner does not hold, answers
// alike whatever is held, for every caller the suite draws.
const CASES = 400;

describe('generated no-leak suite: disclosure requests', () => {
  let suite: NoLeakSuite;

  beforeAll(async () => {
    suite = await createNoLeakSuite();
  }, 120_000);
  afterAll(() => suite.stop());

  it(`answers both sides of ${CASES} generated requests alike after swapping their identifiers`, async () => {
    const report = await runNoLeakCases(suite, {
      seed: 'no-leak-requests',
      count: CASES,
      generators: [[generateRequestCase, 1]],
    });
    process.stdout.write(describeReport('disclosureRequests', report));
    expect(report.cases).toBe(CASES);
    expect(report.withHiddenDifference).toBeGreaterThan(0);
    expect(summariseFailures(report.failures)).toEqual([]);
  }, 900_000);
});
