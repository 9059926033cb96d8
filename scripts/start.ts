/**
 * `npm start`: runs the four agency subgraphs and the gateway on embedded
 * defaults (SQLite stores and keys under DATA_DIR, no Redis, no Docker), waits
 * until every service is ready, prints where they are and how to ask a first
 * question, and stops them all cleanly on Ctrl-C or SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  ConfigError,
  DEVELOPMENT_ISSUER_KEY_NAME,
  loadOrCreateCallerContextSecret,
  loadOrCreateKeyPair,
  PROJECT_ROOT,
  readDataDirectory,
  readHost,
  readPort,
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
import { waitUntilReady } from './start/waitUntilReady';

interface Service {
  name: string;
  entry: string;
  port: number;
  portVariable: string;
}

const children = new Map<string, ChildProcess>();
let stopping = false;
let pidDirectory: string | undefined;

/** Stops every service (SIGTERM, then SIGKILL after 5 s) and exits with `code`. */
async function stopAll(code: number): Promise<never> {
  stopping = true;
  await Promise.all([...children.values()].map(stopChild));
  if (pidDirectory) rmSync(pidDirectory, { recursive: true, force: true });
  process.exit(code);
}

async function main(): Promise<void> {
  const env = process.env;
  const dataDirectory = readDataDirectory(env);
  const host = readHost(env, 'HOST', '127.0.0.1');
  const timeoutMs = readTimeout(env.START_TIMEOUT_MS, 180_000);
  const services: Service[] = [
    ...SUBGRAPH_SERVICES.map(({ name, entry, portVariable, defaultPort }) => ({
      name,
      entry,
      port: readPort(env, portVariable, defaultPort),
      portVariable,
    })),
    {
      name: 'gateway',
      entry: join(PROJECT_ROOT, 'gateway', 'src', 'main.ts'),
      port: readPort(env, 'GATEWAY_PORT', 4000),
      portVariable: 'GATEWAY_PORT',
    },
  ];
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

  const logs = join(dataDirectory, 'logs');
  mkdirSync(logs, { recursive: true });
  const pids = join(dataDirectory, 'run');
  mkdirSync(pids, { recursive: true });
  pidDirectory = pids;
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  const subgraphEnv = Object.fromEntries(
    SUBGRAPH_SERVICES.map(({ name }) => [
      `${name.toUpperCase()}_URL`,
      `http://${host}:${services.find((s) => s.name === name)?.port}/graphql`,
    ]),
  );
  for (const service of services) {
    const child = spawn(process.execPath, ['--import', 'tsx', service.entry], {
      cwd: PROJECT_ROOT,
      env: { ...env, ...subgraphEnv, DATA_DIR: dataDirectory },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = createWriteStream(join(logs, `${service.name}.log`), {
      flags: 'a',
    });
    child.stdout?.pipe(log);
    child.stderr?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      process.stderr.write(`[${service.name}] ${chunk.toString()}`);
    });
    child.once('exit', (code, signal) => {
      children.delete(service.name);
      if (stopping) return;
      console.error(
        `${service.name} stopped unexpectedly (${signal ?? `exit code ${code}`}); see ${join(logs, `${service.name}.log`)}. Stopping everything.`,
      );
      void stopAll(1);
    });
    children.set(service.name, child);
    writeFileSync(join(pids, `${service.name}.pid`), `${child.pid ?? ''}\n`);
  }

  process.stdout.write(
    firstStart
      ? `Starting ${services.length} services; first start in ${dataDirectory}: each agency subgraph creates its store and seeds ${size} synthetic nominals (DATA_SCALE, seed ${seed}).\n`
      : `Starting ${services.length} services on the stores in ${dataDirectory}.\n`,
  );
  await waitUntilReady(services, {
    host,
    timeoutMs,
    logDirectory: logs,
    report: (line) => process.stdout.write(`${line}\n`),
  });
  printWelcome(services, host, dataDirectory);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function printWelcome(
  services: readonly Service[],
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

/** START_TIMEOUT_MS: how long to wait for every service, in milliseconds. */
function readTimeout(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) === 0)
    throw new ConfigError(
      'START_TIMEOUT_MS',
      raw,
      'must be a whole number of milliseconds above 0',
    );
  return Number(raw);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError || error instanceof Error
      ? error.message
      : String(error);
  console.error(`npm start failed: ${message}`);
  void stopAll(1);
});
