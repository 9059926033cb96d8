import { createNoLeakSuite, type NoLeakSuite } from './noLeakSuite';
import { generateOwnerRequestCase } from './ownerRequestCases';
import { generateRequestCase } from './requestCases';
import { describeReport, runNoLeakCases } from './runNoLeakCases';
import { summariseFailures } from './summariseFailures';

// Disclosure requests in the generated no-leak suite (issue 12 point 3): a
// request for an NCND category, or for what the owner does not hold, answers
// alike whatever is held, for every caller the suite draws; and a request to
// the police, HMPPS or MARSOC that the caller is refused whatever is held
// answers alike for a nominal the owner holds it of and a made-up id.
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
      generators: [
        [generateRequestCase, 1],
        [generateOwnerRequestCase, 1],
      ],
    });
    process.stdout.write(describeReport('disclosureRequests', report));
    expect(report.cases).toBe(CASES);
    expect(report.withHiddenDifference).toBeGreaterThan(0);
    const owners = [...report.byKind.keys()].map((kind) => kind.split(' ')[0]);
    expect(new Set(owners)).toEqual(
      new Set([
        'requestDisclosure',
        'requestPoliceDisclosure',
        'requestHmppsDisclosure',
        'requestMarsocDisclosure',
      ]),
    );
    expect(summariseFailures(report.failures)).toEqual([]);
  }, 900_000);
});
