import { readEphemeralPorts } from './readEphemeralPorts';

/** npm start's own ports: a test run must never reach a developer's running system. */
const START_DEFAULT_PORTS = { first: 4000, last: 4005 };

/**
 * The first of the `span` consecutive ports an end-to-end test uses: from the
 * environment variable `variable` when set (test/e2e/README.md lists them
 * all), else `fallback`. A value that is not a port, or a range that meets
 * npm start's defaults or the kernel's ephemeral ports (readEphemeralPorts),
 * is refused naming the variable and the value.
 */
export function readBasePort(
  variable: string,
  fallback: number,
  span: number,
): number {
  const raw = process.env[variable];
  const base = raw === undefined ? fallback : Number(raw);
  const last = base + span - 1;
  if (!Number.isInteger(base) || base < 1024 || last > 65_535)
    throw new Error(
      `${variable}=${JSON.stringify(raw)}: must be a port from 1024 to ${65_536 - span} (this test uses ${span} ports from it)`,
    );
  if (base <= START_DEFAULT_PORTS.last && last >= START_DEFAULT_PORTS.first)
    throw new Error(
      `${variable}=${JSON.stringify(raw)}: ports ${base}-${last} meet npm start's ${START_DEFAULT_PORTS.first}-${START_DEFAULT_PORTS.last}`,
    );
  const ephemeral = readEphemeralPorts();
  if (base <= ephemeral.last && last >= ephemeral.first)
    throw new Error(
      `${variable}=${JSON.stringify(raw)}: ports ${base}-${last} reach into the kernel's ephemeral ports ${ephemeral.first}-${ephemeral.last}, which any outgoing connection may take; choose ports below ${ephemeral.first} (test/e2e/README.md)`,
    );
  return base;
}
