import { createServer } from 'node:net';

/** A service `npm start` is about to run, and the setting that chose its port. */
export interface PortClaim {
  name: string;
  port: number;
  portVariable: string;
}

/** A port a service cannot listen on, and the system's reason (EADDRINUSE, EACCES...). */
export interface PortRefusal {
  claim: PortClaim;
  code: string;
}

/**
 * Tries each port before any service starts. Without this a second `npm start`
 * found the first instance answering on every port, took its health checks for
 * its own services and printed "running" until its children failed to listen a
 * moment later.
 */
export async function findTakenPorts(
  claims: readonly PortClaim[],
  host: string,
): Promise<PortRefusal[]> {
  const codes = await Promise.all(
    claims.map((claim) => tryListening(claim.port, host)),
  );
  return claims.flatMap((claim, index) => {
    const code = codes[index];
    return code === undefined ? [] : [{ claim, code }];
  });
}

/** Listens and closes at once; the error code when the port cannot be had. */
function tryListening(port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code ?? 'UNKNOWN'),
    );
    probe.listen({ port, host, exclusive: true }, () => {
      probe.close(() => resolve(undefined));
    });
  });
}

/** Services told to share one port: refused before either starts. */
export function findSharedPorts(claims: readonly PortClaim[]): PortClaim[][] {
  const byPort = new Map<number, PortClaim[]>();
  for (const claim of claims)
    byPort.set(claim.port, [...(byPort.get(claim.port) ?? []), claim]);
  return [...byPort.values()].filter((group) => group.length > 1);
}

const REASONS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'is already in use',
  EACCES: 'needs privileges this user lacks',
  EADDRNOTAVAIL: 'is on an address this machine does not have (HOST)',
};

/** The refusal in words: which port, which setting, what to do; '' when all is well. */
export function describePortProblems(
  refused: readonly PortRefusal[],
  shared: readonly PortClaim[][],
  host: string,
): string {
  const problems = [
    ...shared.map(
      (group) =>
        `${group.map((claim) => claim.portVariable).join(' and ')} are ${group.length === 2 ? 'both' : 'all'} ${group[0]?.port}: give each service its own port`,
    ),
    ...refused.map(
      ({ claim, code }) =>
        `port ${claim.port} on ${host} (${claim.portVariable}, for ${claim.name}) ${REASONS[code] ?? `cannot be listened on (${code})`}`,
    ),
  ];
  if (problems.length === 0) return '';
  const inUse = refused.filter(({ code }) => code === 'EADDRINUSE').length;
  const advice =
    inUse === 0
      ? []
      : [
          `Is another npm start (or another program) using ${inUse === 1 ? 'it' : 'them'}? Stop it, or set the variables named above to free ports.`,
        ];
  return [
    'these ports cannot be used:',
    ...problems.map((problem) => `  ${problem}`),
    ...advice,
    'Nothing was started.',
  ].join('\n');
}
