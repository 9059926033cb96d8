import { createServer } from 'node:net';

/** The bench's own ports: BENCH_BASE_PORT and the BENCH_PORT_SPAN - 1 after it. */
export interface PortRange {
  first: number;
  last: number;
}

let range: PortRange = { first: 16600, last: 16699 };
let next = range.first;

/** Sets the range every later findFreePort draws from (run.ts, from the options). */
export function usePortRange(chosen: PortRange): void {
  range = chosen;
  next = chosen.first;
}

/**
 * The next port of the bench's range that nothing listens on right now. Ports
 * are handed out in order and never twice in one run, so two services started
 * at once cannot be given the same one; a range used up stops the run naming it.
 */
export async function findFreePort(): Promise<number> {
  while (next <= range.last) {
    const port = next;
    next += 1;
    if (await isFree(port)) return port;
  }
  throw new Error(
    `no free port left in ${range.first}-${range.last} (BENCH_BASE_PORT, BENCH_PORT_SPAN)`,
  );
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
