import { type ServiceRuntime } from '../options/readBenchOptions';
import { type Measurement } from '../load/Measurement';
import { type ComparisonResults } from '../phases/runComparison';
import { type PolicyResults } from '../policyDecision';

/** Everything one `npm run bench` measured, as written to the JSON file. */
export interface BenchResults extends ComparisonResults {
  startedAt: string;
  /** How long the whole run took, in seconds. */
  tookSeconds: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    platform: string;
    /** 1, 5 and 15 minute load averages as the run began and ended. */
    loadAverage: { before: number[]; after: number[] };
    /**
     * The share of the machine's CPU that processes other than the bench's
     * own used during the run (/proc/stat against the bench's processes);
     * undefined where /proc cannot tell.
     */
    otherWorkShare?: number;
  };
  settings: {
    quick: boolean;
    runtime: ServiceRuntime;
    connections: number;
    warmupSeconds: number;
    durationSeconds: number;
    dataScale: number;
  };
  policy: PolicyResults;
  goals: GoalResult[];
  /** Every measured row with a stable id, for `--compare` (report/listRows.ts). */
  rows: BenchRow[];
}

/** One of the goals in docs/targets.md, with the figure that decides it. */
export interface GoalResult {
  goal: string;
  figure: string;
  met: boolean;
}

/** One measurement under a name that stays the same from run to run. */
export interface BenchRow {
  id: string;
  measurement: Measurement;
}
