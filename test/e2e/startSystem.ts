import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

export interface StartedSystem {
  dataDirectory: string;
  ports: {
    gateway: number;
    police: number;
    hmpps: number;
    ncahmrc: number;
    apmis: number;
    audit: number;
  };
  gatewayUrl: string;
  output(): string;
  token(persona: string, ...options: string[]): Promise<string>;
  /** SIGTERM to `npm start`'s process; resolves with its exit code. */
  stop(): Promise<number | null>;
  process: ChildProcess;
}

/** How the system is launched: node's arguments, and the line that says it is running. */
export interface SystemLaunch {
  args: string[];
  banner: string;
}

/** `npm start`: scripts/start.ts through tsx. */
const NPM_START: SystemLaunch = {
  args: ['--import', 'tsx', join(ROOT, 'scripts', 'start.ts')],
  banner: 'Press Ctrl-C to stop.',
};

/**
 * Starts the real system exactly as `npm start` does (scripts/start.ts), or as
 * `launch` says, on its own ports and data directory, and waits for its
 * "running" banner.
 */
export async function startSystem(
  basePort: number,
  extraEnv: Record<string, string> = {},
  launch: SystemLaunch = NPM_START,
): Promise<StartedSystem> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'marsoc-e2e-'));
  const ports = {
    gateway: basePort,
    police: basePort + 1,
    hmpps: basePort + 2,
    ncahmrc: basePort + 3,
    apmis: basePort + 4,
    audit: basePort + 5,
  };
  const env = {
    ...process.env,
    DATA_DIR: dataDirectory,
    GATEWAY_PORT: String(ports.gateway),
    POLICE_PORT: String(ports.police),
    HMPPS_PORT: String(ports.hmpps),
    NCAHMRC_PORT: String(ports.ncahmrc),
    APMIS_PORT: String(ports.apmis),
    AUDIT_PORT: String(ports.audit),
    ...extraEnv,
  };
  const child = spawn(process.execPath, launch.args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) =>
        child.once('exit', () => resolve()),
      );
      child.kill('SIGTERM');
      await exited;
    }
    // Also after a kill or a crash: the data directory never outlives the test.
    rmSync(dataDirectory, { recursive: true, force: true });
    return child.exitCode;
  };
  try {
    await waitForBanner(child, launch.banner, () => output);
  } catch (error) {
    // A start that failed or hung still holds ports and a data directory.
    await stop();
    throw error;
  }
  return {
    dataDirectory,
    ports,
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    output: () => output,
    process: child,
    async token(persona, ...options) {
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          join(ROOT, 'scripts', 'token.ts'),
          persona,
          ...options,
        ],
        { cwd: ROOT, env },
      );
      return stdout.trim();
    },
    stop,
  };
}

/** Resolves at the system's "running" banner; rejects if it exits or hangs first. */
function waitForBanner(
  child: ChildProcess,
  banner: string,
  output: () => string,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`system did not start:\n${output()}`)),
      150_000,
    );
    const check = (): void => {
      if (output().includes(banner)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the system exited with ${code}:\n${output()}`));
    });
  });
}

export interface PostOptions {
  token?: string;
  purpose?: string;
  justification?: string;
  headers?: Record<string, string>;
  variables?: Record<string, unknown>;
}

/** POSTs a GraphQL operation and returns the status and parsed body. */
export async function postGraphQL(
  url: string,
  query: string,
  options: PostOptions = {},
): Promise<{
  status: number;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...options.headers,
  };
  if (options.token !== undefined)
    headers.authorization = `Bearer ${options.token}`;
  if (options.purpose !== undefined) headers[PURPOSE_HEADER] = options.purpose;
  if (options.justification !== undefined)
    headers[JUSTIFICATION_HEADER] = options.justification;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}
