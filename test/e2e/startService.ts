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
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${entry} exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(readyUrl).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline)
      throw new Error(`${entry} was not ready in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    output: () => output,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
