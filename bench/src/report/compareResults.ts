import { readFileSync } from 'node:fs';
import { type BenchResults, type BenchRow } from './BenchResults';

/**
 * `--compare FILE`: each row this run shares with an earlier one (by id), its
 * throughput and p50 then and now with the change; rows only one run has are
 * named. An unreadable file stops the run before anything is measured.
 */
export function readEarlierRows(file: string): {
  startedAt: string;
  rows: BenchRow[];
} {
  let parsed: Partial<BenchResults>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<BenchResults>;
  } catch (error) {
    throw new Error(
      `--compare ${file}: not a bench JSON file (${(error as Error).message})`,
    );
  }
  if (!Array.isArray(parsed.rows))
    throw new Error(`--compare ${file}: has no rows (an older bench's file?)`);
  return { startedAt: String(parsed.startedAt), rows: parsed.rows };
}

export function formatComparison(
  earlier: { startedAt: string; rows: readonly BenchRow[] },
  now: readonly BenchRow[],
): string[] {
  const before = new Map(earlier.rows.map((row) => [row.id, row.measurement]));
  const lines = now.flatMap(({ id, measurement }) => {
    const then = before.get(id);
    if (!then) return [`  ${id.padEnd(28)} new in this run`];
    return [
      `  ${id.padEnd(28)} ${change(then.requestsPerSecond, measurement.requestsPerSecond, 1, 'req/s')}   ` +
        `p50 ${change(then.p50Ms, measurement.p50Ms, 2, 'ms')}`,
    ];
  });
  const gone = earlier.rows
    .filter((row) => !now.some(({ id }) => id === row.id))
    .map((row) => `  ${row.id.padEnd(28)} not in this run`);
  return [
    '',
    `Change per row since ${earlier.startedAt} (then → now)`,
    ...lines,
    ...gone,
  ];
}

function change(
  then: number | null,
  now: number,
  digits: number,
  unit: string,
): string {
  // A row with no answered operation has no latency (NaN, null once in JSON).
  const shown = (value: number | null) =>
    typeof value === 'number' && Number.isFinite(value)
      ? value.toFixed(digits)
      : '-';
  const percent =
    typeof then === 'number' && Number.isFinite(then) && Number.isFinite(now)
      ? ((now - then) / then) * 100
      : undefined;
  const difference =
    percent === undefined
      ? 'no change to compute'
      : `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
  return `${shown(then)} → ${shown(now)} ${unit} (${difference})`.padEnd(40);
}
