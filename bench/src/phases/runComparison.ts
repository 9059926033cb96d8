import { type FetchCount } from '../counting/countFetches';
import { type LoadShape, type Measurement } from '../load/Measurement';
import { measureHttp } from '../load/measureHttp';
import { checkAnswer } from '../load/checkAnswer';
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
import { measureCohort, type CohortMeasurement } from './measureCohort';
import {
  measureDataScale,
  type DataScaleMeasurement,
} from './measureDataScale';
import { measureGateways, type GatewayComparison } from './measureGateways';
import { COHORT_SIZE, type StartedSubjects } from './startSubjects';

export interface Shapes {
  loaded: LoadShape;
  unloaded: LoadShape;
}

/** One audit sink's system under both load shapes. */
export interface SinkMeasurement {
  loaded: Measurement;
  unloaded: Measurement;
}

/** A measurement, or why there is none (e.g. no Redis to write to). */
export type MaybeSinkMeasurement =
  ({ measured: true } & SinkMeasurement) | { measured: false; reason: string };

export interface ComparisonResults {
  loaded: GatewayComparison;
  unloaded: GatewayComparison;
  audit: {
    file: SinkMeasurement;
    redis: MaybeSinkMeasurement;
    off: MaybeSinkMeasurement;
  };
  cohort: CohortMeasurement & {
    fetches: { single: FetchCount; cohort: FetchCount };
  };
  dataScale?: DataScaleMeasurement;
}

/**
 * Measures every started subject in turn: our gateway, plain Apollo, Hive and
 * the floor (loaded and unloaded); the cohort; the data scale if a large
 * population runs; and our gateway with the audit on Redis and off.
 */
export async function runComparison(
  subjects: StartedSubjects,
  shapes: Shapes,
  report: (line: string) => void,
): Promise<ComparisonResults> {
  const { file, plan } = subjects;
  const contexts = await createBenchCallerContexts(
    file.settings.data.directory,
    {
      caller: loadBenchCaller(),
      purpose: BENCH_PURPOSE,
      requestId: 'bench-floor',
    },
  );
  const { loaded, unloaded } = await measureSingleNominal(
    subjects,
    contexts,
    shapes,
    report,
  );
  report(`Cohort of ${COHORT_SIZE}:`);
  const cohort = await measureCohort(
    file.subject(createCohortProfileBody(COHORT_SIZE)),
    COHORT_SIZE,
    shapes,
    report,
  );
  const dataScale = subjects.large
    ? await runDataScale(file, subjects.large, shapes, report)
    : undefined;
  report('Audit sinks:');
  const redis = await measureSystem(subjects.redis, shapes, report);
  const off = await measureSystem(subjects.off, shapes, report);
  return {
    loaded,
    unloaded,
    audit: {
      file: { loaded: loaded.ours, unloaded: unloaded.ours },
      redis,
      off,
    },
    cohort: {
      ...cohort,
      fetches: { single: plan.single, cohort: plan.cohort },
    },
    dataScale,
  };
}

async function measureSingleNominal(
  subjects: StartedSubjects,
  contexts: BenchCallerContexts,
  shapes: Shapes,
  report: (line: string) => void,
): Promise<{ loaded: GatewayComparison; unloaded: GatewayComparison }> {
  const body = createSubjectProfileBody();
  const comparison = {
    ours: subjects.file.subject(body),
    apollo: createPlainSubject(subjects.apollo, body),
    hive: createPlainSubject(subjects.hive, body),
    floor: subjects.plan.floor,
    contexts,
  };
  report('Single-nominal picture:');
  const loaded = await measureGateways(comparison, shapes.loaded, report);
  return {
    loaded,
    unloaded: await measureGateways(comparison, shapes.unloaded, report),
  };
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
