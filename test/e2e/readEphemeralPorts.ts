import { existsSync, readFileSync } from 'node:fs';

/** Linux's defaults, where the kernel does not say (another system, a container without /proc). */
const LINUX_DEFAULT = { first: 32_768, last: 60_999 };

const RANGE_FILE = '/proc/sys/net/ipv4/ip_local_port_range';

/**
 * The ports the kernel hands out to outgoing connections (and to servers on
 * port 0). A test server given one of them can find it taken by any client
 * on the machine, the test's own connections to Redis and PostgreSQL
 * included, so a run fails now and then for no fault of the code.
 */
export function readEphemeralPorts(file = RANGE_FILE): {
  first: number;
  last: number;
} {
  if (!existsSync(file)) return LINUX_DEFAULT;
  const [first = NaN, last = NaN] = readFileSync(file, 'utf8')
    .trim()
    .split(/\s+/)
    .map(Number);
  if (!Number.isInteger(first) || !Number.isInteger(last))
    throw new Error(`${file}: not a port range`);
  return { first, last };
}
