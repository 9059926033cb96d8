import { parseArgs } from 'node:util';

/** How long and how hard to drive each subject, and which sections to run. */
export interface BenchOptions {
  /** `--quick`: a smoke run of a few seconds per subject (the harness works; figures are rough). */
  quick: boolean;
  /** Measured seconds per subject, after the warm-up (BENCH_DURATION). */
  durationSeconds: number;
  /** Unmeasured seconds before each measurement (BENCH_WARMUP). */
  warmupSeconds: number;
  /** Concurrent connections for throughput (BENCH_CONNECTIONS). */
  connections: number;
  /** The population the main runs use (BENCH_DATA_SCALE). */
  dataScale: number;
  /** `--data-scale`: also measure at this population (BENCH_LARGE_SCALE, default 10^5). */
  largeScale: number | undefined;
  /** Where the Redis audit sink writes (REDIS_URL). */
  redisUrl: string;
  /** `--no-redis` (and `--quick`): skip the Redis audit sink run. */
  redis: boolean;
  /** `--out FILE`: where the JSON figures go (default: the run's temporary directory). */
  outFile: string | undefined;
  /** `--keep-data`: leave the temporary data directories (stores, logs, audit) in place. */
  keepData: boolean;
  /** Calls per policy micro-benchmark loop (BENCH_POLICY_CALLS). */
  policyCalls: number;
  /** Picture executions per in-process enforcement comparison (BENCH_PICTURE_RUNS). */
  pictureRuns: number;
}

const USAGE =
  'usage: npm run bench -- [--quick] [--data-scale] [--no-redis] [--keep-data] [--out FILE]\n' +
  '  env: BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS, BENCH_DATA_SCALE, BENCH_LARGE_SCALE,\n' +
  '       BENCH_POLICY_CALLS, BENCH_PICTURE_RUNS, REDIS_URL';

/** Reads the command line and BENCH_* variables; a bad value stops the run naming it. */
export function readBenchOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): BenchOptions {
  const values = readFlags(argv);
  const quick = values.quick;
  return {
    quick,
    durationSeconds: readNumber(
      env,
      'BENCH_DURATION',
      quick ? 1 : 10,
      0.5,
      600,
      false,
    ),
    warmupSeconds: readNumber(
      env,
      'BENCH_WARMUP',
      quick ? 0.3 : 3,
      0,
      600,
      false,
    ),
    connections: readNumber(env, 'BENCH_CONNECTIONS', quick ? 4 : 16, 1, 1024),
    dataScale: readNumber(env, 'BENCH_DATA_SCALE', 1000, 129, 1_000_000),
    largeScale: values['data-scale']
      ? readNumber(env, 'BENCH_LARGE_SCALE', 100_000, 129, 1_000_000)
      : undefined,
    redisUrl:
      env.REDIS_URL && env.REDIS_URL !== ''
        ? env.REDIS_URL
        : 'redis://127.0.0.1:6379',
    // A smoke run starts as few processes as it can; Redis is measured in full runs.
    redis: !values['no-redis'] && !quick,
    outFile: values.out,
    keepData: values['keep-data'],
    policyCalls: readNumber(
      env,
      'BENCH_POLICY_CALLS',
      quick ? 1_000_000 : 20_000_000,
      1000,
      1_000_000_000,
    ),
    pictureRuns: readNumber(
      env,
      'BENCH_PICTURE_RUNS',
      quick ? 100 : 1000,
      10,
      1_000_000,
    ),
  };
}

function readFlags(argv: readonly string[]) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      'data-scale': { type: 'boolean', default: false },
      'no-redis': { type: 'boolean', default: false },
      'keep-data': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return values;
}

function readNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  whole = true,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  const wrongKind = whole ? !Number.isInteger(value) : !Number.isFinite(value);
  if (wrongKind || value < min || value > max) {
    throw new Error(
      `${name}=${raw}: must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`,
    );
  }
  return value;
}
