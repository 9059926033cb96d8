import { type IncomingMessage, type ServerResponse } from 'node:http';
import {
  type DevelopmentIssuer,
  type HttpRoute,
  type Persona,
  readBody,
  sendJson,
} from '@marsoc/platform';

export const DEVELOPMENT_TOKEN_PATH = '/console/development-token';

/** Long enough for a working session; the console signs in again after. */
const CONSOLE_TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

/**
 * POST /console/development-token {"persona": "police-analyst"}: a token for
 * a development persona, signed by the embedded issuer. The gateway mounts this
 * only while that issuer is in use outside production, so it cannot exist
 * where real identities are. A JSON body is required, which a cross-site form
 * cannot send without a CORS preflight this route never answers.
 */
export function createDevelopmentTokenRoute(
  issuer: DevelopmentIssuer,
  personas: ReadonlyMap<string, Persona>,
): HttpRoute {
  return async (request, response) => {
    if ((request.url ?? '').split('?')[0] !== DEVELOPMENT_TOKEN_PATH)
      return false;
    if (request.method !== 'POST') {
      sendJson(response, 405, { error: 'use POST' });
      return true;
    }
    const persona = await readPersona(request, response, personas);
    if (!persona) return true;
    const token = await issuer.issueToken(persona.caller, {
      lifetimeSeconds: CONSOLE_TOKEN_LIFETIME_SECONDS,
    });
    sendJson(response, 200, {
      token,
      expiresInSeconds: CONSOLE_TOKEN_LIFETIME_SECONDS,
    });
    return true;
  };
}

async function readPersona(
  request: IncomingMessage,
  response: ServerResponse,
  personas: ReadonlyMap<string, Persona>,
): Promise<Persona | undefined> {
  const contentType = (request.headers['content-type'] ?? '').toLowerCase();
  const site = request.headers['sec-fetch-site'];
  if (!contentType.startsWith('application/json') || isCrossSite(site)) {
    sendJson(response, 400, { error: 'send {"persona": "<handle>"} as JSON' });
    return undefined;
  }
  let handle: unknown;
  try {
    handle = (
      JSON.parse(await readBody(request, 1024)) as { persona?: unknown }
    ).persona;
  } catch {
    handle = undefined;
  }
  const persona = typeof handle === 'string' ? personas.get(handle) : undefined;
  if (!persona) sendJson(response, 400, { error: 'unknown persona' });
  return persona;
}

function isCrossSite(site: string | string[] | undefined): boolean {
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}
