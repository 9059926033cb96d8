import { parseArgs } from 'node:util';
import { type PortRange } from '../process/findFreePort';

/** How the services run: TypeScript through tsx, or the compiled JavaScript of `npm run build`. */
export type ServiceRuntime = 'tsx' | 'compiled';

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
  /** Seconds after each leak-check run before memory is read (BENCH_MEMORY_SETTLE). */
  memorySettleSeconds: number;
  /** The population the main runs use (BENCH_DATA_SCALE). */
  dataScale: number;
  /** The large population of the data-scale row (BENCH_LARGE_SCALE); undefined with `--no-data-scale`. */
  largeScale: number | undefined;
  /** Where the Redis audit sink writes (REDIS_URL). */
  redisUrl: string;
  /** `--no-redis` (and `--quick`): skip the Redis audit sink run. */
  redis: boolean;
  /** `--out FILE`: where the JSON figures go (default: the run's temporary directory). */
  outFile: string | undefined;
  /** `--compare FILE`: an earlier run's JSON; the report prints the change per row. */
  compareFile: string | undefined;
  /** `--keep-data`: leave the temporary data directories (stores, logs, audit) in place. */
  keepData: boolean;
  /** `--profile single|cohort`: profile our system under load instead of benchmarking. */
  profile: 'single' | 'cohort' | undefined;
  /** The ports every process of the run listens on (BENCH_BASE_PORT, BENCH_PORT_SPAN). */
  ports: PortRange;
  /** Compiled (`npm run build`'s output, the default) or `--tsx`: the sources through tsx, as npm start runs them. */
  runtime: ServiceRuntime;
  /** Calls per policy micro-benchmark loop (BENCH_POLICY_CALLS). */
  policyCalls: number;
  /** Picture executions per in-process enforcement comparison (BENCH_PICTURE_RUNS). */
  pictureRuns: number;
}

const USAGE =
  'usage: npm run bench -- [--quick] [--no-data-scale] [--no-redis] [--keep-data] [--tsx]\n' +
  '                        [--out FILE] [--compare FILE] [--profile single|cohort]\n' +
  '  env: BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS, BENCH_DATA_SCALE, BENCH_LARGE_SCALE,\n' +
  '       BENCH_MEMORY_SETTLE, BENCH_BASE_PORT, BENCH_PORT_SPAN, BENCH_POLICY_CALLS, BENCH_PICTURE_RUNS,\n' +
  '       REDIS_URL';

/** Reads the command line and BENCH_* variables; a bad value stops the run naming it. */
export function readBenchOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): BenchOptions {
  const values = readFlags(argv);
  const quick = values.quick;
  const number = (name: string, fallback: number, min: number, max: number) =>
    readNumber(env, name, fallback, min, max);
  const basePort = number('BENCH_BASE_PORT', 16600, 1024, 65_000);
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
    connections: number('BENCH_CONNECTIONS', quick ? 4 : 16, 1, 1024),
    memorySettleSeconds: number('BENCH_MEMORY_SETTLE', quick ? 2 : 10, 0, 600),
    dataScale: number('BENCH_DATA_SCALE', 1000, 129, 1_000_000),
    // A smoke run seeds a smaller second population: 10^5 takes minutes.
    largeScale: values['no-data-scale']
      ? undefined
      : number('BENCH_LARGE_SCALE', quick ? 5000 : 100_000, 129, 1_000_000),
    redisUrl:
      env.REDIS_URL && env.REDIS_URL !== ''
        ? env.REDIS_URL
        : 'redis://127.0.0.1:6379',
    // A smoke run starts as few processes as it can; Redis is measured in full runs.
    redis: !values['no-redis'] && !quick,
    outFile: values.out,
    compareFile: values.compare,
    keepData: values['keep-data'],
    profile: readProfileTarget(values.profile),
    ports: {
      first: basePort,
      last: basePort + number('BENCH_PORT_SPAN', 100, 10, 1000) - 1,
    },
    runtime: values.tsx ? 'tsx' : 'compiled',
    policyCalls: number(
      'BENCH_POLICY_CALLS',
      quick ? 1_000_000 : 20_000_000,
      1000,
      1_000_000_000,
    ),
    pictureRuns: number(
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
      'no-data-scale': { type: 'boolean', default: false },
      'no-redis': { type: 'boolean', default: false },
      'keep-data': { type: 'boolean', default: false },
      tsx: { type: 'boolean', default: false },
      out: { type: 'string' },
      compare: { type: 'string' },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return values;
}

function readProfileTarget(value: string | undefined): BenchOptions['profile'] {
  if (value === undefined) return undefined;
  if (value === 'single' || value === 'cohort') return value;
  throw new Error(`--profile ${value}: must be single or cohort`);
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
