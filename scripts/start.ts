/**
 * `npm start`: runs the four agency subgraphs and the gateway on embedded
 * defaults (SQLite stores and keys under DATA_DIR, no Redis, no Docker), waits
 * until every service is ready, prints where they are and how to ask a first
 * question, and stops them all cleanly on Ctrl-C or SIGTERM.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadOrCreateCallerContextSecret,
  ConfigError,
  DEVELOPMENT_ISSUER_KEY_NAME,
  loadOrCreateKeyPair,
  PROJECT_ROOT,
  readDataDirectory,
  readHost,
  readServiceConfig,
} from '@marsoc/platform';
import { SUBGRAPH_SERVICES } from '@marsoc/subgraphs';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { buildConsole } from '@marsoc/console';
import {
  describePortProblems,
  findSharedPorts,
  findTakenPorts,
} from './start/findTakenPorts';
import {
  createServiceProcesses,
  describeSubgraphUrls,
  listSystemServices,
  readStartTimeout,
  type SystemService,
} from './start/serviceProcesses';
import { waitUntilReady } from './start/waitUntilReady';

let processes: ReturnType<typeof createServiceProcesses> | undefined;

/** The TypeScript entry of each service, run through tsx. */
function findSourceEntry(name: string): string {
  return (
    SUBGRAPH_SERVICES.find((service) => service.name === name)?.entry ??
    join(PROJECT_ROOT, 'gateway', 'src', 'main.ts')
  );
}

async function main(): Promise<void> {
  const env = process.env;
  const dataDirectory = readDataDirectory(env);
  const host = readHost(env, 'HOST', '127.0.0.1');
  const timeoutMs = readStartTimeout(env);
  const services = listSystemServices(env, findSourceEntry);
  // Read every subgraph's shared settings now, so a bad one stops us here.
  const { seed, size } = readServiceConfig(env, 'GATEWAY_PORT', 4000);
  const portProblems = describePortProblems(
    await findTakenPorts(services, host),
    findSharedPorts(services),
    host,
  );
  if (portProblems !== '') throw new Error(portProblems);
  // The gateway serves the console it finds built when it starts.
  process.stdout.write("Building the analysts' console... ");
  const built = await buildConsole();
  process.stdout.write(`done (${built.outputDirectory})\n`);

  // Create the keys once here, so five processes starting together never race to.
  const keys = join(dataDirectory, 'keys');
  const firstStart = !existsSync(keys);
  await loadOrCreateCallerContextSecret(keys);
  await loadOrCreateKeyPair(keys, DEVELOPMENT_ISSUER_KEY_NAME);

  processes = createServiceProcesses({
    dataDirectory,
    nodeArguments: ['--import', 'tsx'],
    env: { ...env, ...describeSubgraphUrls(services, env) },
  });
  processes.startAll(services);

  process.stdout.write(
    firstStart
      ? `Starting ${services.length} services; first start in ${dataDirectory}: each agency subgraph creates its store and seeds ${size} synthetic nominals (DATA_SCALE, seed ${seed}).\n`
      : `Starting ${services.length} services on the stores in ${dataDirectory}.\n`,
  );
  await waitUntilReady(services, {
    host,
    timeoutMs,
    logDirectory: processes.logDirectory,
    report: (line) => process.stdout.write(`${line}\n`),
  });
  printWelcome(services, host, dataDirectory);
}

function printWelcome(
  services: readonly SystemService[],
  host: string,
  dataDirectory: string,
): void {
  const gateway = services.find((service) => service.name === 'gateway');
  // A token is trusted only by the instance whose data directory signed it.
  const tokenCommand = process.env.DATA_DIR
    ? `DATA_DIR=${dataDirectory} npm run --silent token --`
    : 'npm run --silent token --';
  const lines = [
    '',
    'MARSOC federated nominal picture is running (all data is synthetic and fictional).',
    '',
    ...services.map(
      (service) =>
        `  ${service.name.padEnd(8)} http://${host}:${service.port}/graphql`,
    ),
    '',
    `  the analysts' console: http://${host}:${gateway?.port ?? 4000}/`,
    '',
    `  data, keys, audit and logs: ${dataDirectory}`,
    '',
    'Ask for the well-known nominal NOM-00001 as a police analyst:',
    '',
    `  TOKEN=$(${tokenCommand} police-analyst)`,
    `  curl -s http://${host}:${gateway?.port ?? 4000}/graphql \\`,
    "    -H 'content-type: application/json' \\",
    '    -H "authorization: Bearer $TOKEN" \\',
    `    -H '${PURPOSE_HEADER}: INTELLIGENCE_DEVELOPMENT' \\`,
    `    -H '${JUSTIFICATION_HEADER}: Subject profile for the regional tasking meeting' \\`,
    '    -d \'{"query":"{ nominal(id: \\"NOM-00001\\") { id apmis { name region } cohort { status } police { identity { pncId } warningMarkers { code description } } custody { establishment securityCategory } hmrc { taxReference } ncaDeconfliction { contactBeforeAction } } }"}\'',
    '',
    'Press Ctrl-C to stop.',
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError || error instanceof Error
      ? error.message
      : String(error);
  console.error(`npm start failed: ${message}`);
  if (processes) void processes.stopAll(1);
  else process.exit(1);
});
