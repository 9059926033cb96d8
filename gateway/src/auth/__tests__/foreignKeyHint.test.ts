import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuthenticationError,
  createDevelopmentIssuer,
  type DevelopmentIssuer,
  loadPersonas,
} from '@marsoc/platform/identity';
import { SignJWT } from 'jose';

import { DEVELOPMENT_FOREIGN_KEY_HINT } from '../foreignKeyHint';
import { createTokenVerifier, type TokenVerifier } from '../tokenVerifier';

// A token minted with `npm run token` against one data directory, presented to
// a gateway started on another, fails on its signature: the refusal says so.

const analyst = loadPersonas().get('police-analyst');

async function refusalOf(
  verifier: TokenVerifier,
  token: string,
): Promise<AuthenticationError> {
  const outcome: unknown = await verifier.verify(`Bearer ${token}`).then(
    () => new Error('expected the token to be refused'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof AuthenticationError)) throw outcome;
  return outcome;
}

describe('a token signed by another development issuer', () => {
  const directories: string[] = [];
  let own: DevelopmentIssuer;
  let other: DevelopmentIssuer;
  let hinting: TokenVerifier;
  let plain: TokenVerifier;

  const issuerIn = (prefix: string) => {
    const dataDirectory = mkdtempSync(join(tmpdir(), prefix));
    directories.push(dataDirectory);
    return createDevelopmentIssuer({ dataDirectory });
  };
  const mint = (issuer: DevelopmentIssuer) => {
    if (!analyst) throw new Error('no police-analyst persona');
    return issuer.issueToken(analyst.caller);
  };

  beforeAll(async () => {
    own = await issuerIn('marsoc-own-keys-');
    other = await issuerIn('marsoc-other-keys-');
    const rules = {
      kind: 'publicKey' as const,
      key: own.publicKey,
      issuer: own.issuer,
      audience: own.audience,
    };
    hinting = createTokenVerifier({
      ...rules,
      foreignKeyHint: { kid: own.kid, hint: DEVELOPMENT_FOREIGN_KEY_HINT },
    });
    plain = createTokenVerifier(rules);
  });
  afterAll(() => {
    for (const directory of directories)
      rmSync(directory, { recursive: true, force: true });
  });

  it('is refused as a bad signature with a hint to mint one against this data directory', async () => {
    const refusal = await refusalOf(hinting, await mint(other));
    expect(refusal.failure).toBe('BAD_SIGNATURE');
    expect(refusal.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      http: { status: 401 },
    });
    expect(refusal.message).toBe(
      `the token signature is not valid: ${DEVELOPMENT_FOREIGN_KEY_HINT}`,
    );
    expect(refusal.message).toMatch(/npm run token .*DATA_DIR/);
  });

  it('names neither key in the refusal', async () => {
    const { message } = await refusalOf(hinting, await mint(other));
    expect(message).not.toContain(own.kid);
    expect(message).not.toContain(other.kid);
    for (const jwk of [own.publicJwk, other.publicJwk])
      expect(message).not.toContain(String(jwk.x));
  });

  it('gives no hint for a token of its own key whose payload was altered', async () => {
    const [header, , signature] = (await mint(own)).split('.');
    const [, payload = ''] = (await mint(own)).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(
      JSON.stringify({ ...claims, vetting: 'DV' }),
    ).toString('base64url');
    const refusal = await refusalOf(
      hinting,
      `${header}.${forged}.${signature}`,
    );
    expect(refusal.failure).toBe('BAD_SIGNATURE');
    expect(refusal.message).toBe('the token signature is not valid');
  });

  it('gives no hint for a token that names no key', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ sub: 'dev-0001-police-analyst' })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
      .setIssuer(own.issuer)
      .setAudience(own.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(privateKey);
    const refusal = await refusalOf(hinting, token);
    expect(refusal.message).toBe('the token signature is not valid');
  });

  it('gives no hint where none was configured (a real identity provider)', async () => {
    const refusal = await refusalOf(plain, await mint(other));
    expect(refusal.message).toBe('the token signature is not valid');
  });

  it('still accepts a token of its own key', async () => {
    await expect(
      hinting.verify(`Bearer ${await mint(own)}`),
    ).resolves.toMatchObject({ sub: analyst?.caller.sub });
  });
});
