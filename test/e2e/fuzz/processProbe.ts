import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pid `npm start` recorded for one of its services. */
export function readServicePid(dataDirectory: string, service: string): number {
  return Number(
    readFileSync(join(dataDirectory, 'run', `${service}.pid`), 'utf8').trim(),
  );
}

/** Whether a process is still running (signal 0 checks without touching it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A process's resident set size in bytes, from /proc (Linux). */
export function readResidentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (kilobytes === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kilobytes) * 1024;
}
