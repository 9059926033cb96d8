import {
  type AuditedSupergraph,
  createAuditedSupergraph,
} from '../helpers/auditedSupergraph';
import { runAuditedCases } from './auditedCases';
import { createNoLeakSuite, type NoLeakSuite } from './noLeakSuite';
import { summariseFailures } from './summariseFailures';

// The auditors' view through the fully audited system: each case writes real
// audit records, so fewer cases than the other files, all seeded.
const CASES = Number(process.env.NO_LEAK_AUDITED_CASES ?? 400);

describe("generated no-leak suite: the auditors' view of generated consultations", () => {
  let audited: AuditedSupergraph;
  let suite: NoLeakSuite;

  beforeAll(async () => {
    suite = await createNoLeakSuite(async () => {
      audited = await createAuditedSupergraph();
      return { system: audited.system, stop: () => audited.stop() };
    });
  }, 120_000);
  afterAll(() => suite.stop());

  it(`answers every auditor alike about both nominals of ${CASES} consulted pairs after swapping their ids`, async () => {
    const report = await runAuditedCases(
      suite,
      audited,
      'no-leak-audited',
      CASES,
    );
    process.stdout.write(
      `no-leak suite (auditorsView): ${report.cases} cases, ${report.withRecords} with the consultation in the auditor's answer, ${report.failures.length} failures\n`,
    );
    expect(report.cases).toBe(CASES);
    // An auditor's view that never holds a consultation would prove nothing.
    expect(report.withRecords).toBeGreaterThan(0);
    expect(summariseFailures(report.failures)).toEqual([]);
  }, 900_000);
});
