/**
 * The image's HEALTHCHECK: exits 0 when the service SERVICE names (as for
 * start:prod; unset or `all`: every service) answers 200 on /health/ready on
 * its port, 1 otherwise. Reads the same port variables as the services.
 */
import './production/requireCompiledCondition';
import { readPort } from '@marsoc/platform';
import { readServiceChoice } from './production/productionServices';
import { SYSTEM_PORTS } from './start/serviceProcesses';

async function isReady(port: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/health/ready`, {
    signal: AbortSignal.timeout(5000),
  }).catch(() => undefined);
  return response?.status === 200;
}

async function main(): Promise<boolean> {
  const env = process.env;
  const service = readServiceChoice(env);
  const checked = SYSTEM_PORTS.filter(
    ({ name }) => service === 'all' || name === service,
  );
  const answers = await Promise.all(
    checked.map(({ portVariable, defaultPort }) =>
      isReady(readPort(env, portVariable, defaultPort)),
    ),
  );
  return answers.every(Boolean);
}

main().then(
  (ready) => process.exit(ready ? 0 : 1),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
