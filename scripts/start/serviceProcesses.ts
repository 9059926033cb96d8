import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigError,
  PROJECT_ROOT,
  readHost,
  readPort,
} from '@marsoc/platform';
import { SUBGRAPHS } from '@marsoc/schema';

/** One service of the system as a process: its entry module and its port. */
export interface SystemService {
  name: string;
  entry: string;
  port: number;
  portVariable: string;
}

/** Each service of the system with its port setting: the five subgraphs, then the gateway. */
export const SYSTEM_PORTS = [
  ...SUBGRAPHS,
  { name: 'gateway', portVariable: 'GATEWAY_PORT', defaultPort: 4000 },
] as const;

/**
 * The five subgraphs and the gateway, on the ports their variables give, run
 * from `entryOf(name)`: the TypeScript sources (npm start) or dist/ (start:prod).
 */
export function listSystemServices(
  env: NodeJS.ProcessEnv,
  entryOf: (name: string) => string,
): SystemService[] {
  return SYSTEM_PORTS.map(({ name, portVariable, defaultPort }) => ({
    name,
    entry: entryOf(name),
    port: readPort(env, portVariable, defaultPort),
    portVariable,
  }));
}

/** Where the gateway finds each subgraph started beside it. */
export function describeSubgraphUrls(
  services: readonly SystemService[],
  env: NodeJS.ProcessEnv,
): Record<string, string> {
  const host = readHost(env, 'HOST', '127.0.0.1');
  return Object.fromEntries(
    SUBGRAPHS.map(({ name }) => [
      `${name.toUpperCase()}_URL`,
      `http://${host}:${services.find((service) => service.name === name)?.port}/graphql`,
    ]),
  );
}

export interface ServiceProcessOptions {
  dataDirectory: string;
  /** Node's arguments before the entry (e.g. `--import tsx`). */
  nodeArguments: readonly string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Runs each service as a child process with its output in
 * `<data>/logs/<name>.log` (errors echoed here) and its pid in `<data>/run`;
 * one stopping unexpectedly stops them all, as does SIGINT, SIGTERM or SIGHUP.
 */
export function createServiceProcesses(options: ServiceProcessOptions) {
  const children = new Map<string, ChildProcess>();
  const logs = join(options.dataDirectory, 'logs');
  const pids = join(options.dataDirectory, 'run');
  let stopping = false;
  let pidsWritten = false;

  /** Stops every service (SIGTERM, then SIGKILL after 5 s) and exits with `code`. */
  async function stopAll(code: number): Promise<never> {
    stopping = true;
    await Promise.all([...children.values()].map(stopChild));
    if (pidsWritten) rmSync(pids, { recursive: true, force: true });
    process.exit(code);
  }

  function startAll(services: readonly SystemService[]): void {
    mkdirSync(logs, { recursive: true });
    mkdirSync(pids, { recursive: true });
    pidsWritten = true;
    process.once('SIGINT', () => void stopAll(0));
    process.once('SIGTERM', () => void stopAll(0));
    // A closed terminal's hangup reaches every service too; the gateway takes
    // SIGHUP as "reload the supergraph" and would outlive the rest, so the
    // whole system stops (reload a running gateway: kill -HUP its pid in run/).
    process.once('SIGHUP', () => void stopAll(0));
    for (const service of services) start(service);
  }

  function start(service: SystemService): void {
    const child = spawn(
      process.execPath,
      [...options.nodeArguments, service.entry],
      {
        cwd: PROJECT_ROOT,
        env: { ...options.env, DATA_DIR: options.dataDirectory },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const log = createWriteStream(join(logs, `${service.name}.log`), {
      flags: 'a',
    });
    child.stdout?.pipe(log);
    child.stderr?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      process.stderr.write(`[${service.name}] ${chunk.toString()}`);
    });
    child.once('exit', (code, signal) => {
      children.delete(service.name);
      if (stopping) return;
      process.stderr.write(
        `${service.name} stopped unexpectedly (${signal ?? `exit code ${code}`}); see ${join(logs, `${service.name}.log`)}. Stopping everything.\n`,
      );
      void stopAll(1);
    });
    children.set(service.name, child);
    writeFileSync(join(pids, `${service.name}.pid`), `${child.pid ?? ''}\n`);
  }

  return { startAll, stopAll, logDirectory: logs };
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

/** START_TIMEOUT_MS: how long to wait for every service, in milliseconds (3 minutes). */
export function readStartTimeout(env: NodeJS.ProcessEnv): number {
  const raw = env.START_TIMEOUT_MS;
  if (raw === undefined || raw === '') return 180_000;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) === 0)
    throw new ConfigError(
      'START_TIMEOUT_MS',
      raw,
      'must be a whole number of milliseconds above 0',
    );
  return Number(raw);
}
