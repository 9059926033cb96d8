import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '@marsoc/platform';
import { type ServiceRuntime } from '../options/readBenchOptions';
import { isReady, type ReadinessProbe } from './isReady';
import { heapProbeArguments, readHeapInUse } from './readHeapInUse';
import {
  type ProcessResources,
  readProcessResources,
} from './readProcessResources';
import { toNodeArguments } from './serviceRuntime';

export interface ServiceSpec {
  name: string;
  /** A TypeScript entry under a src/ folder, relative to the project root (compiled: its dist/ twin). */
  entry: string;
  args?: readonly string[];
  env: NodeJS.ProcessEnv;
  port: number;
  probe: ReadinessProbe;
  /** Seeding 10^5 nominals takes a while; default two minutes. */
  readyTimeoutMs?: number;
}

export interface RunningService {
  name: string;
  port: number;
  /** The GraphQL endpoint. */
  url: string;
  /** Its resident memory and CPU time now (undefined where /proc cannot tell). */
  readResources(): ProcessResources | undefined;
  /**
   * Its heap in use after a full collection, in bytes: undefined unless the
   * group was started with a heap probe directory (compiled runs only).
   */
  readHeapInUse(): Promise<number | undefined>;
  stop(): Promise<void>;
}

export interface ProcessGroupOptions {
  logDirectory: string;
  runtime: ServiceRuntime;
  /** When set, every process writes a V8 CPU profile here as it stops (`<name>.cpuprofile`). */
  cpuProfileDirectory?: string;
  /** When set (and compiled), every process preloads the heap probe, which writes here. */
  heapProbeDirectory?: string;
}

/**
 * The processes one bench run starts, compiled (`node --conditions=marsoc-dist`)
 * or through tsx, each with its output in `<logDirectory>/<name>.log`, so that
 * they can all be stopped (by their own handles, never by name) however the
 * run ends.
 */
export class ProcessGroup {
  private readonly children = new Set<ChildProcess>();
  /** CPU seconds of the processes already stopped, read just before each stopped. */
  private stoppedCpuSeconds = 0;

  constructor(private readonly options: ProcessGroupOptions) {}

  async start(spec: ServiceSpec): Promise<RunningService> {
    const logFile = join(this.options.logDirectory, `${spec.name}.log`);
    const log = createWriteStream(logFile, { flags: 'a' });
    const profiles = this.options.cpuProfileDirectory;
    const profile = profiles
      ? [
          '--cpu-prof',
          '--cpu-prof-dir',
          profiles,
          '--cpu-prof-name',
          `${spec.name}.cpuprofile`,
        ]
      : [];
    const heapProbe =
      this.options.runtime === 'compiled'
        ? this.options.heapProbeDirectory
        : undefined;
    const child = spawn(
      process.execPath,
      [
        ...profile,
        ...(heapProbe ? heapProbeArguments() : []),
        ...toNodeArguments(this.options.runtime, spec.entry),
        ...(spec.args ?? []),
      ],
      {
        cwd: PROJECT_ROOT,
        env: heapProbe
          ? { ...spec.env, BENCH_HEAP_PROBE_DIR: heapProbe }
          : spec.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    await this.waitUntilReady(spec, child, logFile);
    return {
      name: spec.name,
      port: spec.port,
      url: `http://127.0.0.1:${spec.port}/graphql`,
      readResources: () => readProcessResources(child.pid),
      readHeapInUse: () =>
        heapProbe
          ? readHeapInUse(child, heapProbe)
          : Promise.resolve(undefined),
      stop: () => this.stop(child),
    };
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.children].map((child) => this.stop(child)));
  }

  /** CPU seconds every process of the group has used so far, stopped ones included. */
  cpuSeconds(): number {
    return [...this.children].reduce(
      (sum, child) => sum + (readProcessResources(child.pid)?.cpuSeconds ?? 0),
      this.stoppedCpuSeconds,
    );
  }

  private stop(child: ChildProcess): Promise<void> {
    if (this.children.has(child))
      this.stoppedCpuSeconds +=
        readProcessResources(child.pid)?.cpuSeconds ?? 0;
    this.children.delete(child);
    return stopChild(child);
  }

  private async waitUntilReady(
    spec: ServiceSpec,
    child: ChildProcess,
    logFile: string,
  ): Promise<void> {
    const deadline = Date.now() + (spec.readyTimeoutMs ?? 120_000);
    while (!(await isReady(spec.port, spec.probe))) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `${spec.name} exited before it was ready:\n${tail(logFile)}`,
        );
      }
      if (Date.now() > deadline) {
        await stopChild(child);
        throw new Error(
          `${spec.name} was not ready within ${(spec.readyTimeoutMs ?? 120_000) / 1000} s:\n${tail(logFile)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '(no log)';
  }
}
