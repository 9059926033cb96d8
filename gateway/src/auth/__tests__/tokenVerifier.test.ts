import { generateKeyPairSync } from 'node:crypto';
import {
  AuthenticationError,
  CALLER_CONTEXT_TYPE,
} from '@marsoc/platform/identity';
import { SignJWT, base64url, type JWTPayload, type KeyLike } from 'jose';

import { createTokenVerifier, type TokenVerifier } from '../tokenVerifier';
import { createVerifiedTokenCache } from '../verifiedTokenCache';

const issuer = 'https://idp.example.test/';
const audience = 'urn:marsoc:gateway';
const issuerKey = generateKeyPairSync('ed25519');
const strangerKey = generateKeyPairSync('ed25519');
const verifier = createTokenVerifier({
  kind: 'publicKey',
  key: issuerKey.publicKey,
  issuer,
  audience,
});

const analyst = {
  sub: 'dev-0001-police-analyst',
  name: 'Ada Madeup',
  agency: 'POLICE',
  unit: 'NWROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};
const now = () => Math.floor(Date.now() / 1000);

interface Signing {
  key?: KeyLike | Uint8Array;
  alg?: string;
  typ?: string;
}

function signToken(
  overrides: JWTPayload = {},
  signing: Signing = {},
): Promise<string> {
  const { key = issuerKey.privateKey, alg = 'EdDSA', typ = 'JWT' } = signing;
  return new SignJWT({
    ...analyst,
    iss: issuer,
    aud: audience,
    iat: now(),
    exp: now() + 300,
    ...overrides,
  })
    .setProtectedHeader({ alg, typ })
    .sign(key);
}

const encode = (value: object) => base64url.encode(JSON.stringify(value));

/** The refusal, checked for the 401 shape and for not repeating the token. */
async function rejectionOf(
  authorization: string | string[] | undefined,
  by: TokenVerifier = verifier,
): Promise<AuthenticationError> {
  const outcome: unknown = await by.verify(authorization).then(
    () => new Error('expected the token to be refused'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof AuthenticationError)) throw outcome;
  expect(outcome.extensions).toEqual({
    code: 'UNAUTHENTICATED',
    http: { status: 401 },
  });
  expect(outcome.httpStatus).toBe(401);
  for (const part of [authorization ?? []].flat().join('.').split(/[ .,]/)) {
    if (part.length > 12) expect(outcome.message).not.toContain(part);
  }
  return outcome;
}

describe('createTokenVerifier with a configured public key', () => {
  it('returns the caller named by a valid token', async () => {
    await expect(
      verifier.verify(`Bearer ${await signToken()}`),
    ).resolves.toEqual(analyst);
  });

  it('accepts the scheme name in any case, as RFC 9110 allows', async () => {
    await expect(
      verifier.verify(`bearer ${await signToken()}`),
    ).resolves.toEqual(analyst);
  });

  it('accepts a token that expired within the 30-second clock tolerance', async () => {
    await expect(
      verifier.verify(`Bearer ${await signToken({ exp: now() - 10 })}`),
    ).resolves.toEqual(analyst);
  });

  it.each([
    [
      'no Authorization header',
      undefined,
      'MISSING',
      'the Authorization header is missing',
    ],
    [
      'an empty Authorization header',
      '',
      'MISSING',
      'the Authorization header is missing',
    ],
    [
      'the Basic scheme',
      'Basic YWRhOnNlY3JldA==',
      'WRONG_SCHEME',
      'the Authorization header must use the Bearer scheme',
    ],
    [
      'a token without a scheme',
      'eyJhbGciOiJFZERTQSJ9.e30.AAAA',
      'WRONG_SCHEME',
      'the Authorization header must use the Bearer scheme',
    ],
    [
      'garbage',
      'Bearer garbage',
      'MALFORMED',
      'the token is not a signed JWT (header.payload.signature)',
    ],
    [
      'three parts that are not JSON',
      'Bearer abc.def.ghi',
      'MALFORMED',
      'the token is malformed',
    ],
    [
      'an encrypted token (five parts)',
      'Bearer a.b.c.d.e',
      'MALFORMED',
      'the token is not a signed JWT (header.payload.signature)',
    ],
    [
      'a 100 KB token',
      `Bearer ${'a'.repeat(50 * 1024)}.${'b'.repeat(50 * 1024)}.c`,
      'TOO_LONG',
      'the Authorization header is longer than 8256 characters',
    ],
    [
      'a token one character over 8 KB',
      `Bearer ${'a'.repeat(8189)}.b.c`,
      'TOO_LONG',
      'the token is longer than 8192 characters',
    ],
  ])('refuses %s', async (_label, authorization, failure, message) => {
    const error = await rejectionOf(authorization);
    expect(error.failure).toBe(failure);
    expect(error.message).toBe(message);
  });

  it('refuses two Authorization headers, whether as an array or joined by a comma', async () => {
    const token = await signToken();
    expect(
      (await rejectionOf([`Bearer ${token}`, `Bearer ${token}`])).failure,
    ).toBe('MULTIPLE');
    expect(
      (await rejectionOf(`Bearer ${token}, Bearer ${token}`)).failure,
    ).toBe('MULTIPLE');
  });

  it('refuses an unsigned token (alg none), with or without a signature part', async () => {
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...analyst, iss: issuer, aud: audience, exp: now() + 300 })}`;
    expect((await rejectionOf(`Bearer ${unsigned}.`)).failure).toBe(
      'MALFORMED',
    );
    expect((await rejectionOf(`Bearer ${unsigned}.AAAA`)).failure).toBe(
      'ALGORITHM_NOT_ALLOWED',
    );
  });

  it('refuses an HS256 token keyed with the public key (algorithm confusion)', async () => {
    const secret = issuerKey.publicKey.export({ type: 'spki', format: 'der' });
    const token = await signToken(
      {},
      { key: new Uint8Array(secret), alg: 'HS256' },
    );
    expect((await rejectionOf(`Bearer ${token}`)).failure).toBe(
      'ALGORITHM_NOT_ALLOWED',
    );
  });

  it('refuses an ES256 token, which the configured Ed25519 key cannot have signed', async () => {
    const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const token = await signToken({}, { key: ecKey.privateKey, alg: 'ES256' });
    expect((await rejectionOf(`Bearer ${token}`)).failure).toBe(
      'ALGORITHM_NOT_ALLOWED',
    );
  });

  it.each([
    [
      'signed by another key',
      {},
      { key: strangerKey.privateKey },
      'BAD_SIGNATURE',
      'the token signature is not valid',
    ],
    [
      'expired beyond the tolerance',
      { exp: now() - 60 },
      {},
      'EXPIRED',
      'the token has expired',
    ],
    [
      'not yet valid',
      { nbf: now() + 120 },
      {},
      'NOT_YET_VALID',
      'the token is not valid yet',
    ],
    [
      'from another issuer',
      { iss: 'https://impostor.example.test/' },
      {},
      'WRONG_ISSUER',
      'the token issuer is not accepted',
    ],
    [
      'for another audience',
      { aud: 'urn:other:service' },
      {},
      'WRONG_AUDIENCE',
      'the token is not meant for this service',
    ],
    [
      'without an issuer',
      { iss: undefined },
      {},
      'INVALID_CLAIM',
      'the token lacks the required "iss" claim',
    ],
    [
      'without an expiry',
      { exp: undefined },
      {},
      'INVALID_CLAIM',
      'the token lacks the required "exp" claim',
    ],
    [
      'without a vetting claim',
      { vetting: undefined },
      {},
      'INVALID_CLAIM',
      'the token claim "vetting" is missing',
    ],
    [
      'without regions',
      { regions: undefined },
      {},
      'INVALID_CLAIM',
      'the token claim "regions" is missing',
    ],
    [
      'typed as a caller context',
      {},
      { typ: CALLER_CONTEXT_TYPE },
      'MALFORMED',
      'a caller context is not an identity token',
    ],
  ])(
    'refuses a token %s',
    async (_label, overrides, signing, failure, message) => {
      const error = await rejectionOf(
        `Bearer ${await signToken(overrides, signing)}`,
      );
      expect(error.failure).toBe(failure);
      expect(error.message).toBe(message);
    },
  );

  it.each([
    ['agency', 'FBI'],
    ['vetting', 'ULTRA'],
    ['roles', ['ANALYST', 'GOD_MODE']],
    ['regions', ['ATLANTIS']],
  ])(
    'refuses a token whose %s holds an unknown value',
    async (claim, value) => {
      const error = await rejectionOf(
        `Bearer ${await signToken({ [claim]: value })}`,
      );
      expect(error.failure).toBe('INVALID_CLAIM');
      expect(error.message).toMatch(
        new RegExp(`^the token claim "${claim}" must be one of`),
      );
    },
  );
});

describe('createTokenVerifier configuration', () => {
  const base = {
    kind: 'publicKey' as const,
    key: issuerKey.publicKey,
    issuer,
    audience,
  };

  it.each([
    ['alg none', ['none'], /"none" is not accepted/],
    ['an HMAC algorithm', ['EdDSA', 'HS256'], /"HS256" is not accepted/],
    ['an empty allow-list', [], /at least one token algorithm/],
    [
      'only algorithms the key cannot verify',
      ['RS256'],
      /cannot verify any allowed algorithm \(RS256\)/,
    ],
  ])('refuses %s', (_label, algorithms, message) => {
    expect(() => createTokenVerifier({ ...base, algorithms })).toThrow(message);
  });

  it('refuses a missing issuer or audience', () => {
    expect(() => createTokenVerifier({ ...base, issuer: '' })).toThrow(
      'the token issuer must be configured',
    );
    expect(() => createTokenVerifier({ ...base, audience: ' ' })).toThrow(
      'the token audience must be configured',
    );
  });

  it('refuses a clock tolerance over five minutes', () => {
    expect(() =>
      createTokenVerifier({ ...base, clockToleranceSeconds: 301 }),
    ).toThrow(/0 to 300 seconds; got 301/);
  });

  it('lets an RSA key verify RS256 tokens under the default allow-list', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rsaVerifier = createTokenVerifier({ ...base, key: rsa.publicKey });
    const token = await signToken({}, { key: rsa.privateKey, alg: 'RS256' });
    await expect(rsaVerifier.verify(`Bearer ${token}`)).resolves.toEqual(
      analyst,
    );
  });
});

describe('createTokenVerifier with its cache of verified tokens', () => {
  afterEach(() => jest.useRealTimers());

  it('checks a token once and answers it again from the cache, as the same caller', async () => {
    const tokenCache = createVerifiedTokenCache();
    const cached = createTokenVerifier({
      kind: 'publicKey',
      key: issuerKey.publicKey,
      issuer,
      audience,
      tokenCache,
    });
    const token = await signToken();
    await expect(cached.verify(`Bearer ${token}`)).resolves.toEqual(analyst);
    await expect(cached.verify(`bearer ${token}`)).resolves.toEqual(analyst);
    expect(tokenCache.hits).toBe(1);
  });

  it('refuses a cached token once it has expired beyond the tolerance, as a fresh check would', async () => {
    jest.useFakeTimers({
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
    });
    const cached = createTokenVerifier({
      kind: 'publicKey',
      key: issuerKey.publicKey,
      issuer,
      audience,
    });
    const token = await signToken({ exp: now() + 20 });
    await expect(cached.verify(`Bearer ${token}`)).resolves.toEqual(analyst);
    // Past exp and the 30 s tolerance, but within the cache's own minute.
    jest.setSystemTime(Date.now() + 51_000);
    expect((await rejectionOf(`Bearer ${token}`, cached)).failure).toBe(
      'EXPIRED',
    );
  });

  it('keeps no refused token, so every presentation of it is checked and refused', async () => {
    const tokenCache = createVerifiedTokenCache();
    const cached = createTokenVerifier({
      kind: 'publicKey',
      key: issuerKey.publicKey,
      issuer,
      audience,
      tokenCache,
    });
    const forged = await signToken({}, { key: strangerKey.privateKey });
    for (let attempt = 0; attempt < 2; attempt += 1)
      expect((await rejectionOf(`Bearer ${forged}`, cached)).failure).toBe(
        'BAD_SIGNATURE',
      );
    expect(tokenCache.size).toBe(0);
  });
});
