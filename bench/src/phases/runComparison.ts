import { type FetchCount } from '../counting/countFetches';
import { checkAnswer } from '../load/checkAnswer';
import { type LoadShape, type Measurement } from '../load/Measurement';
import { measureHttp } from '../load/measureHttp';
import { BENCH_PURPOSE, loadBenchCaller } from '../query/benchCaller';
import {
  createCohortProfileBody,
  createSubjectProfileBody,
} from '../query/subjectProfile';
import {
  type BenchCallerContexts,
  createBenchCallerContexts,
} from '../system/benchCallerContexts';
import { type OurSystem } from '../system/startOurSystem';
import { createPlainSubject } from '../system/subjects';
import {
  measureDataScale,
  type DataScaleMeasurement,
} from './measureDataScale';
import {
  type Comparison,
  type GatewayComparison,
  measureSubjects,
} from './measureGateways';
import {
  checkForLeaks,
  type LeakCheck,
  readMemory,
  type ServiceMemory,
} from './measureMemory';
import { COHORT_SIZE, type StartedSubjects } from './startSubjects';

export interface Shapes {
  loaded: LoadShape;
  unloaded: LoadShape;
  /** How long after a leak-check run its memory is read (BENCH_MEMORY_SETTLE). */
  memorySettleSeconds: number;
}

/** One audit sink's system under both load shapes. */
export interface SinkMeasurement {
  loaded: Measurement;
  unloaded: Measurement;
}

/** A measurement, or why there is none (e.g. no Redis to write to). */
export type MaybeSinkMeasurement =
  ({ measured: true } & SinkMeasurement) | { measured: false; reason: string };

/** The cohort picture: our gateway, plain Apollo and the floor. */
export type CohortComparison = Comparison<'ours' | 'apollo' | 'floor'>;

export interface CohortResults {
  size: number;
  /** One cohort answer from our gateway, in bytes. */
  answerBytes: number;
  fetches: { single: FetchCount; cohort: FetchCount };
  loaded: CohortComparison;
  unloaded: CohortComparison;
}

export interface ComparisonResults {
  loaded: GatewayComparison;
  unloaded: GatewayComparison;
  cohort: CohortResults;
  dataScale?: DataScaleMeasurement;
  audit: {
    file: SinkMeasurement;
    redis: MaybeSinkMeasurement;
    off: MaybeSinkMeasurement;
  };
  memory: { afterRun: ServiceMemory[]; leakCheck: LeakCheck[] };
}

/**
 * Measures every started subject in turn: the single-nominal picture and the
 * cohort through each gateway and the floor (loaded and unloaded); the data
 * scale; our gateway with the audit on Redis and off; then every service's
 * memory, and the same load twice more on our system for the leak check.
 */
export async function runComparison(
  subjects: StartedSubjects,
  shapes: Shapes,
  report: (line: string) => void,
): Promise<ComparisonResults> {
  const { file } = subjects;
  const contexts = await createBenchCallerContexts(
    file.settings.data.directory,
    {
      caller: loadBenchCaller(),
      purpose: BENCH_PURPOSE,
      requestId: 'bench-floor',
    },
  );
  // Every process was started for this run. The first row measured would
  // otherwise pay for the subgraphs' first seconds (module loading, the JIT's
  // tiers, the stores' caches), which every subject measured after it over
  // the same subgraphs would not: in three runs our gateway, measured first,
  // did 20-50% fewer requests a second than the same system did minutes
  // later in the data-scale row.
  report('Warming every subject up (unmeasured) ...');
  const warmUp: LoadShape = {
    ...shapes.loaded,
    warmupSeconds: 0,
    durationSeconds: Math.max(1, 2 * shapes.loaded.warmupSeconds),
  };
  const quiet = () => undefined;
  await measureSubjects(compareSingle(subjects), 1, contexts, warmUp, quiet);
  await measureSubjects(
    compareCohort(subjects),
    COHORT_SIZE,
    contexts,
    warmUp,
    quiet,
  );
  for (const system of [subjects.large, subjects.redis, subjects.off])
    if (system !== undefined && typeof system !== 'string')
      await measureHttp(system.subject(createSubjectProfileBody()), warmUp);
  report('Single-nominal picture:');
  const single = await measureBoth(
    compareSingle(subjects),
    1,
    contexts,
    shapes,
    report,
  );
  report(`Cohort of ${COHORT_SIZE}:`);
  const cohort = await measureCohort(subjects, contexts, shapes, report);
  const dataScale = subjects.large
    ? await runDataScale(file, subjects.large, shapes, report)
    : undefined;
  report('Audit sinks:');
  const redis = await measureSystem(subjects.redis, shapes, report);
  const off = await measureSystem(subjects.off, shapes, report);
  report('Memory:');
  const afterRun = readMemory(subjects.services());
  const leakCheck = await checkForLeaks(
    file.subject(createSubjectProfileBody()),
    file.services(),
    { ...shapes.loaded, warmupSeconds: 0 },
    shapes.memorySettleSeconds,
    report,
  );
  return {
    ...single,
    cohort,
    dataScale,
    audit: {
      file: { loaded: single.loaded.ours, unloaded: single.unloaded.ours },
      redis,
      off,
    },
    memory: { afterRun, leakCheck },
  };
}

function compareSingle(subjects: StartedSubjects) {
  const body = createSubjectProfileBody();
  return {
    ours: { label: 'our gateway', http: subjects.file.subject(body) },
    apollo: {
      label: 'plain @apollo/gateway',
      http: createPlainSubject(subjects.apollo, body),
    },
    hive: {
      label: 'Hive Gateway',
      http: createPlainSubject(subjects.hive, body),
    },
    floor: { label: 'floor (subgraphs direct)', floor: subjects.plan.floor },
  };
}

function compareCohort(subjects: StartedSubjects) {
  const body = createCohortProfileBody(COHORT_SIZE);
  return {
    ours: {
      label: `our gateway, ${COHORT_SIZE} nominals`,
      http: subjects.file.subject(body),
    },
    apollo: {
      label: `plain @apollo/gateway, ${COHORT_SIZE} nominals`,
      http: createPlainSubject(subjects.apollo, body),
    },
    floor: {
      label: `floor, ${COHORT_SIZE} nominals`,
      floor: subjects.plan.cohortFloor,
    },
  };
}

async function measureCohort(
  subjects: StartedSubjects,
  contexts: BenchCallerContexts,
  shapes: Shapes,
  report: (line: string) => void,
): Promise<CohortResults> {
  const compared = compareCohort(subjects);
  const answer = await checkAnswer(compared.ours.http, COHORT_SIZE);
  const measured = await measureBoth(
    compared,
    COHORT_SIZE,
    contexts,
    shapes,
    report,
  );
  return {
    size: COHORT_SIZE,
    answerBytes: answer.bytes,
    fetches: { single: subjects.plan.single, cohort: subjects.plan.cohort },
    ...measured,
  };
}

async function measureBoth<Name extends string>(
  compared: Parameters<typeof measureSubjects<Name>>[0],
  nominals: number,
  contexts: BenchCallerContexts,
  shapes: Shapes,
  report: (line: string) => void,
): Promise<{ loaded: Comparison<Name>; unloaded: Comparison<Name> }> {
  const measure = (shape: LoadShape) =>
    measureSubjects(compared, nominals, contexts, shape, report);
  const loaded = await measure(shapes.loaded);
  return { loaded, unloaded: await measure(shapes.unloaded) };
}

function runDataScale(
  small: OurSystem,
  large: OurSystem,
  shapes: Shapes,
  report: (line: string) => void,
): Promise<DataScaleMeasurement> {
  report('Data scale:');
  const body = createSubjectProfileBody();
  return measureDataScale(
    { scale: small.settings.scale, subject: small.subject(body) },
    { scale: large.settings.scale, subject: large.subject(body) },
    shapes,
    report,
  );
}

async function measureSystem(
  system: OurSystem | string,
  shapes: Shapes,
  report: (line: string) => void,
): Promise<MaybeSinkMeasurement> {
  if (typeof system === 'string') return { measured: false, reason: system };
  const subject = system.subject(createSubjectProfileBody());
  await checkAnswer(subject, 1);
  report(
    `  our gateway, audit ${system.settings.audit}, at ${shapes.loaded.connections} and ${shapes.unloaded.connections} connection(s) ...`,
  );
  const loaded = await measureHttp(subject, shapes.loaded);
  return {
    measured: true,
    loaded,
    unloaded: await measureHttp(subject, shapes.unloaded),
  };
}
