import { join } from 'node:path';
import { type BenchOptions } from '../options/readBenchOptions';
import {
  type ProcessGroup,
  type RunningService,
} from '../process/ProcessGroup';
import {
  prepareDataDirectory,
  type PreparedDataDirectory,
} from '../system/prepareDataDirectory';
import {
  type AuditMode,
  type SystemSettings,
} from '../system/serviceEnvironment';
import { startGateway } from '../system/startGateways';
import { type OurSystem, startOurSystem } from '../system/startOurSystem';
import { observeQueryPlan, type ObservedPlan } from './observeQueryPlan';

export const COHORT_SIZE = 100;

/** Every process the bench measures, started before the first measurement. */
export interface StartedSubjects {
  /** Our gateway with the file audit: the main subject; apollo and hive share its subgraphs. */
  file: OurSystem;
  apollo: RunningService;
  hive: RunningService;
  plan: ObservedPlan;
  /** The same system with every service's audit on Redis, or why it could not start. */
  redis: OurSystem | string;
  off: OurSystem;
  large?: OurSystem;
  /** Every process measured, for the memory table. */
  services(): RunningService[];
}

type SettingsFor = (
  data: PreparedDataDirectory,
  scale: number,
  audit: AuditMode,
) => SystemSettings;
type Report = (line: string) => void;

/**
 * Seeds and starts the file-audited system (and the large population, when
 * asked) first, since the others share its seeded stores; then starts every
 * other subject at once, so that no process starts while another is measured.
 */
export async function startSubjects(
  options: BenchOptions,
  root: string,
  group: ProcessGroup,
  report: Report,
): Promise<StartedSubjects> {
  const replicaId = `bench-${process.pid}-${Date.now()}`;
  const settingsFor: SettingsFor = (data, scale, audit) => ({
    data,
    scale,
    audit,
    redisUrl: options.redisUrl,
    replicaId,
  });
  const main = await prepareDataDirectory(join(root, 'main'));
  const { file, large } = await startSeededSystems(
    options,
    root,
    group,
    settingsFor(main, options.dataScale, 'file'),
    report,
  );
  const started = Date.now();
  const [plan, apollo, hive, redis, off] = await Promise.all([
    observeQueryPlan(group, file.subgraphs, main.bearerToken, COHORT_SIZE),
    startGateway(group, 'apollo', file.subgraphs, { name: 'apollo' }),
    startGateway(group, 'hive', file.subgraphs, { name: 'hive' }),
    options.redis
      ? startOurSystem(
          group,
          settingsFor(main, options.dataScale, 'redis'),
          'redis',
        ).catch(describeFailure)
      : options.quick
        ? 'skipped (--quick)'
        : 'skipped (--no-redis)',
    startOurSystem(group, settingsFor(main, options.dataScale, 'off'), 'off'),
  ]);
  report(`  the other subjects ready in ${seconds(started)} s.`);
  return {
    file,
    apollo,
    hive,
    plan,
    redis,
    off,
    large,
    services: () => [
      ...file.services(),
      apollo,
      hive,
      ...(typeof redis === 'string' ? [] : redis.services()),
      ...off.services(),
      ...(large?.services() ?? []),
    ],
  };
}

async function startSeededSystems(
  options: BenchOptions,
  root: string,
  group: ProcessGroup,
  settings: SystemSettings,
  report: Report,
): Promise<{ file: OurSystem; large?: OurSystem }> {
  const largeScale = options.largeScale;
  const largeData =
    largeScale === undefined
      ? undefined
      : await prepareDataDirectory(join(root, 'large'));
  report(
    `Seeding the stores (DATA_SCALE ${settings.scale}` +
      (largeScale === undefined
        ? ''
        : `, and ${largeScale} nominals for the data-scale row: this takes a while`) +
      ') ...',
  );
  const started = Date.now();
  const systems = (tag: string) =>
    Promise.all([
      startOurSystem(group, settings, tag),
      largeData && largeScale !== undefined
        ? startOurSystem(
            group,
            { ...settings, data: largeData, scale: largeScale },
            `${tag}-large`,
          )
        : undefined,
    ]);
  // Seeded by a first start, then measured from a second, as a deployment
  // serves a store it opened rather than one it filled in the same process:
  // the memory table shows serving, not what generating the data left behind.
  for (const seeding of await systems('seed')) await seeding?.stop();
  report(`  seeded in ${seconds(started)} s. Starting our system ...`);
  const [file, large] = await systems('file');
  report(`  ready in ${seconds(started)} s. Starting the other subjects ...`);
  return { file, large };
}

function describeFailure(error: unknown): string {
  return error instanceof Error
    ? error.message.split('\n').slice(0, 3).join(' ')
    : String(error);
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
