import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkAnswer } from '../load/checkAnswer';
import { measureHttp } from '../load/measureHttp';
import { type BenchOptions } from '../options/readBenchOptions';
import { ProcessGroup } from '../process/ProcessGroup';
import {
  formatProfileSummary,
  summariseCpuProfile,
} from '../profile/summariseCpuProfile';
import {
  createCohortProfileBody,
  createSubjectProfileBody,
} from '../query/subjectProfile';
import { prepareDataDirectory } from '../system/prepareDataDirectory';
import { startOurSystem } from '../system/startOurSystem';
import { COHORT_SIZE } from './startSubjects';

/** What `--profile` drives: the single-nominal picture or the cohort. */
export type ProfileTarget = 'single' | 'cohort';

/**
 * `npm run bench -- --profile single|cohort`: our system alone (file audit), each
 * process under `node --cpu-prof`, driven with the loaded shape for the
 * measured duration; then the top self-time frames and packages of every
 * service. Relative figures hold on a busy machine; the profiles stay in
 * `<run>/profiles` for a viewer (Chrome DevTools, speedscope).
 */
export async function runProfile(
  options: BenchOptions,
  target: ProfileTarget,
  root: string,
  report: (line: string) => void,
): Promise<string[]> {
  const profiles = join(root, 'profiles');
  const logs = join(root, 'logs');
  const settings = {
    data: await prepareDataDirectory(join(root, 'main')),
    scale: options.dataScale,
    audit: 'file' as const,
    redisUrl: options.redisUrl,
    replicaId: `bench-profile-${process.pid}`,
  };
  report(`Seeding our system (DATA_SCALE ${options.dataScale}) ...`);
  // Seeded by a first start without the profiler, so the profiles show serving, not seeding.
  const seeding = new ProcessGroup({
    logDirectory: logs,
    runtime: options.runtime,
  });
  await startOurSystem(seeding, settings, 'seed').finally(() =>
    seeding.stopAll(),
  );
  report('Profiling our system (file audit) ...');
  const group = new ProcessGroup({
    logDirectory: logs,
    runtime: options.runtime,
    cpuProfileDirectory: profiles,
  });
  try {
    const system = await startOurSystem(group, settings, 'profile');
    const nominals = target === 'cohort' ? COHORT_SIZE : 1;
    const subject = system.subject(
      target === 'cohort'
        ? createCohortProfileBody(COHORT_SIZE)
        : createSubjectProfileBody(),
    );
    await checkAnswer(subject, nominals);
    report(
      `  ${target} picture at ${options.connections} connections for ${options.durationSeconds} s ...`,
    );
    const measured = await measureHttp(subject, {
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
    });
    report(
      `  ${measured.requestsPerSecond.toFixed(1)} req/s, p50 ${measured.p50Ms.toFixed(2)} ms (under the profiler)`,
    );
  } finally {
    await group.stopAll();
  }
  const lines = readdirSync(profiles)
    .filter((file) => file.endsWith('.cpuprofile'))
    .sort()
    .flatMap((file) =>
      formatProfileSummary(
        summariseCpuProfile(
          file.replace(/\.cpuprofile$/, ''),
          join(profiles, file),
        ),
      ),
    );
  return [...lines, '', `Profiles in ${profiles}`];
}
