import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createLogRecorder, type LogRecorder } from '@marsoc/gateway/testing';

const ROOT = join(__dirname, '..', '..');

export interface GatewayProcess {
  process: ChildProcess;
  /** Every line the gateway logged, parsed; `next` waits for one. */
  log: LogRecorder;
  /** SIGTERM; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * The gateway's own entry (gateway/src/main.ts) in a process of its own, as
 * npm start runs it, so that a real signal reaches it; ready once it logs
 * 'gateway ready'. Its stderr and unparsable output fail the start.
 */
export async function startGatewayProcess(
  env: Record<string, string>,
): Promise<GatewayProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'gateway', 'src', 'main.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log = createLogRecorder();
  let partial = '';
  let errors = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const end = text.lastIndexOf('\n') + 1;
    partial = text.slice(end);
    if (end > 0) log.destination.write(text.slice(0, end));
  });
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill('SIGTERM');
    await exited;
  };
  const failed = exited.then(() => {
    throw new Error(`the gateway stopped: ${errors}`);
  });
  try {
    await Promise.race([log.next('gateway ready'), failed]);
  } catch (error) {
    await stop();
    throw error;
  }
  failed.catch(() => undefined);
  return { process: child, log, stop };
}
