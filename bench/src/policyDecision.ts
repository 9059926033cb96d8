/**
 * The policy micro-benchmark: what a field decision costs once the caller's
 * table is precomputed, what precompute costs, and what the real engine adds to
 * the whole NOM-00001 picture against fixed and constant policies. In process, no network.
 * Run alone with `npx tsx bench/src/policyDecision.ts`; `npm run bench` runs it too.
 */
import { createPolicyEngine } from '@marsoc/schema/policy';
import { loadRegister } from '@marsoc/schema/register';
import { collectSubgraphMarkings } from './policy/collectSubgraphMarkings';
import {
  type FieldDecisionCost,
  measureFieldDecisions,
  readChecksum,
} from './policy/measureFieldDecisions';
import {
  measurePictureEnforcement,
  type PictureEnforcementCost,
} from './policy/measurePictureEnforcement';
import { BENCH_PURPOSE, loadBenchCaller } from './query/benchCaller';

export interface PolicyResults {
  fields: FieldDecisionCost;
  picture: PictureEnforcementCost;
}

export async function runPolicyBenchmark(options: {
  calls: number;
  pictureRuns: number;
}): Promise<PolicyResults> {
  // The in-process gateways are @apollo/gateway: keep them from probing cloud
  // metadata addresses and sending telemetry to Apollo; and each Apollo server
  // listens for SIGINT/SIGTERM, which is expected here, not a leak.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  process.setMaxListeners(64);
  const register = loadRegister();
  const engine = createPolicyEngine(register);
  const caller = loadBenchCaller();
  const fields = measureFieldDecisions(
    engine,
    caller,
    BENCH_PURPOSE,
    collectSubgraphMarkings(register),
    options.calls,
  );
  const picture = await measurePictureEnforcement(
    engine,
    register,
    { caller, purpose: BENCH_PURPOSE },
    options.pictureRuns,
  );
  if (Number.isNaN(readChecksum()))
    throw new Error('unreachable: keeps the timed loops observable');
  return { fields, picture };
}

export function formatPolicyResults(results: PolicyResults): string[] {
  const { fields, picture } = results;
  return [
    `Policy engine (${fields.markedFields} marked fields across the four subgraphs; caller police-analyst)`,
    `  field decision after precompute   ${fields.fieldDecisionNs.toFixed(2)} ns/op  (plain array read: ${fields.plainArrayReadNs.toFixed(2)} ns/op)`,
    `  precompute, memo hit               ${fields.precomputeNs.toFixed(0)} ns/op per subgraph, ${fields.precomputePerPictureNs.toFixed(0)} ns per picture (4 subgraphs)`,
    `  precompute, memo miss              ${(fields.precomputeColdNs / 1000).toFixed(1)} µs/op per subgraph`,
    `  decide from scratch                ${fields.decideNs.toFixed(0)} ns/op`,
    `NOM-00001 picture in process (${picture.runs} runs each, median per request):`,
    ...picture.timings.map(
      (timing) =>
        `  ${timing.policy.padEnd(28)} ${timing.medianUs.toFixed(0).padStart(6)} µs  (mean ${timing.meanUs.toFixed(0)} µs, ${timing.errors} withheld errors)`,
    ),
    `  real engine minus every field FULL         ${picture.enforcementCostUs.toFixed(0)} µs/request`,
    `  real engine minus constant at its levels   ${picture.engineCostUs.toFixed(0)} µs/request`,
  ];
}

if (require.main === module) {
  runPolicyBenchmark({ calls: 20_000_000, pictureRuns: 1000 })
    .then((results) => console.log(formatPolicyResults(results).join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
