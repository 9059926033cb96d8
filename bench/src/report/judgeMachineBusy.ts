import { type BenchResults } from './BenchResults';

/** Above this share of the CPU used by other processes, the run's figures are called skewed. */
export const BUSY_SHARE = 0.1;

/** Why a run's figures are skewed, or undefined when the machine was quiet enough. */
export type BusyReason =
  | { kind: 'share'; share: number }
  | { kind: 'load'; loadBefore: readonly number[] };

/**
 * Decides whether other work skewed the run. The share of the CPU that went
 * to other processes decides whenever /proc could measure it: the load
 * average at the start counts the bench's own `npm run build` and seeding,
 * so on 2 cores it is above a quarter of the cores after every build, and it
 * called a run busy at 1% of the CPU to others. Only where the share is
 * unknown does a 1-minute load average above a quarter of the cores stand in.
 */
export function judgeMachineBusy(
  machine: BenchResults['machine'],
): BusyReason | undefined {
  const share = machine.otherWorkShare;
  if (share !== undefined)
    return share > BUSY_SHARE ? { kind: 'share', share } : undefined;
  const loadBefore = machine.loadAverage.before;
  return (loadBefore[0] ?? 0) > machine.cpus / 4
    ? { kind: 'load', loadBefore }
    : undefined;
}
