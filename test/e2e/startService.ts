import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface StartedService {
  output(): string;
  /** SIGTERM; resolves once the process has exited. */
  stop(): Promise<void>;
  process: ChildProcess;
}

/**
 * Starts one service entry (e.g. `subgraphs/police/src/main.ts`) as its own
 * process, as a second replica would run, and waits until `readyUrl` answers 200.
 */
export async function startService(
  entry: string,
  env: Record<string, string>,
  readyUrl: string,
): Promise<StartedService> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, entry)],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitUntilReady(child, readyUrl, () => `${entry}:\n${output}`);
  } catch (error) {
    // Not ready is not stopped: it would hold its port past the test.
    await stop();
    throw error;
  }
  return { output: () => output, process: child, stop };
}

/** Polls the readiness probe: a service says when it is ready, not a clock. */
async function waitUntilReady(
  child: ChildProcess,
  readyUrl: string,
  describe: () => string,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`exited with ${child.exitCode}: ${describe()}`);
    const ready = await fetch(readyUrl).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return;
    if (Date.now() > deadline)
      throw new Error(`not ready in time: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
