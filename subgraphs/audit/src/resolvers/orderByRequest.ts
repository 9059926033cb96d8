import { type Access } from '@marsoc/platform';

/**
 * Newest request first, and within one request its records by service name.
 * The services of one request answer in parallel, so the order their records
 * were written in is timing, and timing can follow data the auditor may not
 * see (an owner taking longer over a record it then withholds). Ordering a
 * request's records by name, and requests by the newest of their records,
 * leaves nothing of that order to chance.
 */
export function orderByRequest(accesses: readonly Access[]): Access[] {
  const newest = new Map<string, number>();
  for (const access of accesses) {
    const time = Date.parse(access.time);
    newest.set(
      access.requestId,
      Math.max(time, newest.get(access.requestId) ?? time),
    );
  }
  const requestTime = (access: Access) => newest.get(access.requestId) ?? 0;
  return [...accesses].sort(
    (a, b) =>
      requestTime(b) - requestTime(a) ||
      b.requestId.localeCompare(a.requestId) ||
      a.service.localeCompare(b.service),
  );
}
