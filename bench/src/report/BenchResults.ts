import { type FetchCount } from '../counting/countFetches';
import { type CohortMeasurement } from '../phases/measureCohort';
import { type DataScaleMeasurement } from '../phases/measureDataScale';
import { type GatewayComparison } from '../phases/measureGateways';
import { type ComparisonResults } from '../phases/runComparison';
import { type PolicyResults } from '../policyDecision';

/** Everything one `npm run bench` measured, as written to the JSON file. */
export interface BenchResults {
  startedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    platform: string;
    /** 1, 5 and 15 minute load averages as the run began and ended: other work on the machine skews every figure. */
    loadAverage: { before: number[]; after: number[] };
  };
  settings: {
    quick: boolean;
    connections: number;
    warmupSeconds: number;
    durationSeconds: number;
    dataScale: number;
  };
  /** The single-nominal picture at `settings.connections` connections. */
  loaded: GatewayComparison;
  /** The same at one connection: latency without queueing. */
  unloaded: GatewayComparison;
  /** Our gateway with every service's audit on each sink (file is `loaded.ours` and `unloaded.ours`). */
  audit: ComparisonResults['audit'];
  cohort: CohortMeasurement & {
    fetches: { single: FetchCount; cohort: FetchCount };
  };
  dataScale?: DataScaleMeasurement;
  policy: PolicyResults;
  goals: GoalResult[];
}

/** One of the goals in docs/targets.md, with the figure that decides it. */
export interface GoalResult {
  goal: string;
  figure: string;
  met: boolean;
}
