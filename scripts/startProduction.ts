/**
 * `npm run start:prod`: the compiled system (`npm run build` first) under
 * node, without tsx. SERVICE names one service to run in this very process
 * (what an image does; its HEALTHCHECK reads the same variable): gateway,
 * police, hmpps, ncahmrc, apmis or audit. SERVICE=all, the default, runs all
 * six as child processes, as npm start does. NODE_ENV is production unless
 * set: the development issuer is refused unless ALLOW_DEVELOPMENT_ISSUER=true,
 * and no store is seeded with synthetic data unless SEED_SYNTHETIC=true.
 */
import './production/requireCompiledCondition';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigError,
  describeSubgraphStore,
  loadOrCreateCallerContextSecret,
  PROJECT_ROOT,
  readDataDirectory,
  readHost,
  readServiceConfig,
  sayWhatStoreServes,
} from '@marsoc/platform';
import { SUBGRAPHS } from '@marsoc/schema';
import { COMPILED_CONDITION_FLAG } from './production/compiledCondition';
import {
  findCompiledEntry,
  readServiceChoice,
} from './production/productionServices';
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
} from './start/serviceProcesses';
import { waitUntilReady } from './start/waitUntilReady';

let processes: ReturnType<typeof createServiceProcesses> | undefined;

async function main(): Promise<void> {
  process.env.NODE_ENV ||= 'production';
  const env = process.env;
  const service = readServiceChoice(env);
  if (service === 'all') return startWholeSystem(env);
  // The service's own entry, in this process: it reads its settings, says
  // which store and data it serves, and stops cleanly on SIGTERM.
  await import(pathToFileURL(findCompiledEntry(PROJECT_ROOT, service)).href);
}

async function startWholeSystem(env: NodeJS.ProcessEnv): Promise<void> {
  const dataDirectory = readDataDirectory(env);
  const host = readHost(env, 'HOST', '127.0.0.1');
  const services = listSystemServices(env, (name) =>
    findCompiledEntry(PROJECT_ROOT, name),
  );
  const { seedSynthetic } = readServiceConfig(env, 'GATEWAY_PORT', 4000);
  const portProblems = describePortProblems(
    await findTakenPorts(services, host),
    findSharedPorts(services),
    host,
  );
  if (portProblems !== '') throw new Error(portProblems);
  // Made once here, so six processes starting together never race to.
  if (!env.CALLER_CONTEXT_SECRET)
    await loadOrCreateCallerContextSecret(join(dataDirectory, 'keys'));
  processes = createServiceProcesses({
    dataDirectory,
    nodeArguments: [COMPILED_CONDITION_FLAG],
    env: { ...env, ...describeSubgraphUrls(services, env) },
  });
  process.stdout.write(
    `Starting the compiled system (NODE_ENV=${env.NODE_ENV}, SEED_SYNTHETIC ${seedSynthetic ? 'on' : 'off'}) in ${dataDirectory}.\n`,
  );
  processes.startAll(services);
  await waitUntilReady(services, {
    host,
    timeoutMs: readStartTimeout(env),
    logDirectory: processes.logDirectory,
    report: (line) => process.stdout.write(`${line}\n`),
  });
  const stores = SUBGRAPHS.map(
    ({ name }) =>
      `  ${name.padEnd(8)} ${sayWhatStoreServes(describeSubgraphStore(dataDirectory, name), seedSynthetic)}`,
  );
  process.stdout.write(
    [
      '',
      'The compiled system is running:',
      ...services.map(
        ({ name, port }) =>
          `  ${name.padEnd(8)} http://${host}:${port}/graphql`,
      ),
      '',
      ...stores,
      '',
      `Logs in ${processes.logDirectory}. Ctrl-C or SIGTERM stops everything.`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError || error instanceof Error
      ? error.message
      : String(error);
  process.stderr.write(`start:prod failed: ${message}\n`);
  if (processes) void processes.stopAll(1);
  else process.exit(1);
});
