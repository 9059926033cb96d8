/** What one subject did over one measured window. */
export interface Measurement {
  /** Successful operations per second. */
  requestsPerSecond: number;
  /** Client-side latency of a successful operation, in milliseconds. */
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Successful operations in the window. */
  requests: number;
  /** Non-2xx answers, connection errors and timeouts in the window. */
  failures: number;
  connections: number;
  durationSeconds: number;
}

/** How hard and how long to drive a subject. */
export interface LoadShape {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
}

/**
 * Summarises raw latencies (ms) measured with sub-millisecond resolution:
 * nearest-rank percentiles over every successful operation of the window.
 */
export function summariseLatencies(
  latencies: readonly number[],
  failures: number,
  seconds: number,
  connections: number,
): Measurement {
  const sorted = Float64Array.from(latencies).sort();
  const rank = (fraction: number): number =>
    sorted[
      Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)
    ] ?? Number.NaN;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    requestsPerSecond: sorted.length / seconds,
    p50Ms: rank(0.5),
    p99Ms: rank(0.99),
    meanMs: sorted.length > 0 ? total / sorted.length : Number.NaN,
    requests: sorted.length,
    failures,
    connections,
    durationSeconds: seconds,
  };
}
