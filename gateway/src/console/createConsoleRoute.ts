import { type ServerResponse } from 'node:http';
import { type HttpRoute, type Persona, sendJson } from '@marsoc/platform';
import {
  Classification,
  MIN_JUSTIFICATION_LENGTH,
  Purpose,
} from '@marsoc/schema/vocabulary';
import { type ConsoleConfig, type ConsoleSignIn } from '@marsoc/schema/wire';
import { type ConsoleAsset } from './loadConsoleAssets';
import { CONSOLE_MISSING_PAGE } from './consoleMissingPage';
import { createConsoleSecurityHeaders } from './securityHeaders';

export const CONSOLE_CONFIG_PATH = '/console/config';

export interface ConsoleRouteOptions {
  /** The built console, or undefined when it has not been built. */
  assets: ReadonlyMap<string, ConsoleAsset> | undefined;
  signIn: ConsoleSignIn;
  /** The served supergraph's markings, read per request: a reload replaces them. */
  readMarkings(): ConsoleConfig['markings'];
  /** Listed only with the development issuer: their handles and descriptions. */
  personas: readonly Persona[];
}

/**
 * GET / and the bundle's files, and GET /console/config: what the console
 * needs to sign in and to mark what it shows. Every answer carries the
 * console's security headers; GraphQL and everything else fall through.
 */
export function createConsoleRoute(options: ConsoleRouteOptions): HttpRoute {
  const headers = createConsoleSecurityHeaders(
    options.signIn.kind === 'oidc'
      ? [new URL(options.signIn.tokenEndpoint).origin]
      : [],
  );
  const config: Omit<ConsoleConfig, 'markings'> = {
    signIn: options.signIn,
    personas: options.personas.map(({ handle, description, caller }) => ({
      handle,
      description,
      agency: caller.agency,
      roles: [...caller.roles],
    })),
    purposes: Purpose.values,
    minJustificationLength: MIN_JUSTIFICATION_LENGTH,
    classifications: Classification.values,
  };
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return Promise.resolve(false);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === CONSOLE_CONFIG_PATH) {
      for (const [name, value] of Object.entries(headers))
        response.setHeader(name, value);
      sendJson(response, 200, {
        ...config,
        markings: options.readMarkings(),
      } satisfies ConsoleConfig);
      return Promise.resolve(true);
    }
    if (!options.assets) {
      if (path !== '/') return Promise.resolve(false);
      send(response, headers, 503, {
        body: Buffer.from(CONSOLE_MISSING_PAGE),
        contentType: 'text/html; charset=utf-8',
      });
      return Promise.resolve(true);
    }
    const asset = options.assets.get(path);
    if (!asset) return Promise.resolve(false);
    send(response, headers, 200, asset, request.method === 'HEAD');
    return Promise.resolve(true);
  };
}

function send(
  response: ServerResponse,
  headers: Readonly<Record<string, string>>,
  status: number,
  asset: ConsoleAsset,
  headOnly = false,
): void {
  response.writeHead(status, {
    ...headers,
    'content-type': asset.contentType,
    'content-length': asset.body.length,
    'cache-control': 'no-cache',
  });
  response.end(headOnly ? undefined : asset.body);
}
