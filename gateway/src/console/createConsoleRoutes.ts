import {
  createDevelopmentIssuer,
  type Environment,
  type HttpRoute,
  loadPersonas,
} from '@marsoc/platform';
import {
  CONSOLE_INDEX_FILE,
  CONSOLE_OUTPUT_DIRECTORY,
} from '@marsoc/console/paths';
import { type ConsoleConfig } from '@marsoc/schema/wire';
import { type GatewayConfig } from '../config';
import { createConsoleRoute } from './createConsoleRoute';
import { createDevelopmentTokenRoute } from './createDevelopmentTokenRoute';
import { loadConsoleAssets } from './loadConsoleAssets';
import { readConsoleSignIn } from './readConsoleSignIn';
import { readFieldMarkings } from './readFieldMarkings';

/**
 * The console's HTTP routes: the built page and its files, its configuration,
 * and (only while the development issuer is in use outside production) the
 * persona sign-in. `assetsReady` says whether a built console was found.
 */
export async function createConsoleRoutes(
  config: GatewayConfig,
  env: Environment,
  consoleDirectory: string = CONSOLE_OUTPUT_DIRECTORY,
  /** The markings of the supergraph served now (a reload replaces them). */
  readMarkings?: () => ConsoleConfig['markings'],
): Promise<{ routes: HttpRoute[]; assetsReady: boolean }> {
  const signIn = readConsoleSignIn(env, config.identity, config.production);
  const startMarkings = readMarkings
    ? {}
    : readFieldMarkings(config.supergraphSdl);
  const assets = loadConsoleAssets(consoleDirectory, CONSOLE_INDEX_FILE);
  const personas =
    signIn.kind === 'development' ? loadPersonas() : new Map<never, never>();
  const routes: HttpRoute[] = [
    createConsoleRoute({
      assets,
      signIn,
      readMarkings: readMarkings ?? (() => startMarkings),
      personas: [...personas.values()],
    }),
  ];
  if (signIn.kind === 'development' && config.identity.kind === 'development') {
    const issuer = await createDevelopmentIssuer({
      dataDirectory: config.dataDirectory,
      issuer: config.identity.issuer,
      audience: config.identity.audience,
    });
    routes.push(createDevelopmentTokenRoute(issuer, personas));
  }
  return { routes, assetsReady: assets !== undefined };
}
