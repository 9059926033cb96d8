import { readFileSync } from 'node:fs';

/** What one process holds and has used, read from Linux's /proc. */
export interface ProcessResources {
  /** Resident set size in bytes (VmRSS). */
  rssBytes: number;
  /** User and system CPU seconds since it started. */
  cpuSeconds: number;
}

// Linux's USER_HZ: the unit of utime and stime in /proc/<pid>/stat.
const CLOCK_TICKS_PER_SECOND = 100;

/** The process's resources, or undefined where there is no /proc (or it has gone). */
export function readProcessResources(
  pid: number | undefined,
): ProcessResources | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    // The command name (field 2) may hold spaces; count fields after its ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    if (!rss?.[1] || !Number.isFinite(ticks)) return undefined;
    return {
      rssBytes: Number(rss[1]) * 1024,
      cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND,
    };
  } catch {
    return undefined;
  }
}

/** CPU seconds every processor of the machine spent busy since boot (/proc/stat), or undefined. */
export function readMachineBusySeconds(): number | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , irq, softirq, steal] = line
      .trim()
      .split(/\s+/)
      .map(Number);
    const busy = [user, nice, system, irq, softirq, steal].reduce<number>(
      (sum, value) => sum + (value ?? 0),
      0,
    );
    return Number.isFinite(busy) ? busy / CLOCK_TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
