import { type IncomingMessage, type ServerResponse } from 'node:http';
import { readBody, sendJson } from '@marsoc/platform';
import { type ProviderSigner } from './providerSigner';
import { type ProviderState } from './providerState';
import { type CodeGrant } from './types';
import { isVerifierForChallenge } from './verifyPkce';

/**
 * POST /token: exchanges a code for tokens (RFC 6749 §4.1.3 with RFC 7636).
 * The code is spent by the first attempt, right or wrong, so a code caught on
 * its way back to the client is worth one guess at the verifier, no more. A
 * browser may read the answer only from an origin a client registered.
 */
export async function exchangeCode(
  state: ProviderState,
  signer: ProviderSigner,
  lifetimeSeconds: number,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const origin = request.headers.origin;
  allowRegisteredOrigin(state, origin, response);
  const refuse = (error: string, status = 400): void => {
    state.exchanges.push({ origin, outcome: error });
    sendJson(response, status, { error });
  };
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.startsWith('application/x-www-form-urlencoded'))
    return refuse('invalid_request');
  const form = new URLSearchParams(await readBody(request, 4096));
  if (form.get('grant_type') !== 'authorization_code')
    return refuse('unsupported_grant_type');
  const code = form.get('code') ?? '';
  const grant = state.codes.get(code);
  state.codes.delete(code);
  if (!grant || !isGrantAnswered(grant, form)) return refuse('invalid_grant');
  const tokenGrant = {
    account: grant.account,
    clientId: grant.clientId,
    scope: grant.scope,
  };
  const accessToken = await signer.signAccessToken(tokenGrant);
  state.exchanges.push({ origin, outcome: 'issued', accessToken });
  sendJson(response, 200, {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: lifetimeSeconds,
    scope: grant.scope,
    id_token: await signer.signIdToken(tokenGrant),
  });
}

function isGrantAnswered(grant: CodeGrant, form: URLSearchParams): boolean {
  return (
    grant.expiresAt >= Date.now() &&
    form.get('client_id') === grant.clientId &&
    form.get('redirect_uri') === grant.redirectUri &&
    isVerifierForChallenge(form.get('code_verifier') ?? '', grant.codeChallenge)
  );
}

function allowRegisteredOrigin(
  state: ProviderState,
  origin: string | undefined,
  response: ServerResponse,
): void {
  response.setHeader('vary', 'Origin');
  const registered = [...state.clients.values()].some(
    (client) => new URL(client.redirectUri).origin === origin,
  );
  if (origin && registered)
    response.setHeader('access-control-allow-origin', origin);
}
