import { type Measurement } from '../load/Measurement';

const LABEL = 52;

/** The column heads every measurement table shares. */
export const TABLE_HEADER = `${'subject'.padEnd(LABEL)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'mean ms'.padStart(9)} ${'failed'.padStart(7)}`;

/** One measurement as a table row: throughput in req/s, latencies in ms, failures as a count. */
export function formatRow(label: string, measurement: Measurement): string {
  const number = (value: number, digits: number) =>
    value.toFixed(digits).padStart(9);
  return [
    label.padEnd(LABEL),
    number(measurement.requestsPerSecond, 1),
    number(measurement.p50Ms, 2),
    number(measurement.p99Ms, 2),
    number(measurement.meanMs, 2),
    String(measurement.failures).padStart(7),
  ].join(' ');
}

/** A row that was not measured, with the reason. */
export function formatMissingRow(label: string, reason: string): string {
  return `${label.padEnd(LABEL)} not measured: ${reason}`;
}
