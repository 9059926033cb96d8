import {
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  type KeyObject,
} from 'node:crypto';
import { type Caller } from '@marsoc/schema/caller';
import {
  SignJWT,
  base64url,
  decodeJwt,
  decodeProtectedHeader,
  type JWTPayload,
  type KeyLike,
} from 'jose';
import { inspect } from 'node:util';

import { AuthenticationError } from '../authenticationError';
import {
  CALLER_CONTEXT_TYPE,
  createCallerContextSigner,
  createCallerContextVerifier,
} from '../callerContext';
import {
  deriveCallerContextKey,
  toCallerContextKey,
  toCallerContextSecret,
} from '../callerContextKeys';
import { createMemoryReplayGuard } from '../memoryReplayGuard';
import { hashSubgraphOperation } from '../subgraphOperation';

const issuer = 'urn:marsoc:gateway';
const audience = 'police';
const secretBytes = randomBytes(32);
const gatewaySecret = toCallerContextSecret(secretBytes);
/** The police subgraph's own key: the only one it holds. */
const policeKey = gatewaySecret.keyFor(audience);
const strangerKey = toCallerContextSecret(randomBytes(32)).keyFor(audience);

const caller: Caller = {
  sub: 'dev-0001-police-analyst',
  name: 'Ada Madeup',
  agency: 'POLICE',
  unit: 'NWROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};
const purpose = {
  purpose: 'INTELLIGENCE_DEVELOPMENT' as const,
  justification: 'Op KESTREL subject profile refresh',
};

const signer = createCallerContextSigner({ secret: gatewaySecret, issuer });
const verifier = createCallerContextVerifier({
  key: policeKey,
  audience,
  issuer,
  replayGuard: createMemoryReplayGuard(),
});
/** The fetch every context here is signed for and presented with. */
const operation = {
  query: 'query Profile__police__0{nominal(id:"NOM-00001"){id}}',
  operationName: 'Profile__police__0',
  variables: {},
};

const now = () => Math.floor(Date.now() / 1000);

/** A context signed by hand so that each claim and header can be set wrong. */
function forgeContext(
  overrides: JWTPayload = {},
  {
    key = policeKey.key,
    alg = 'HS256',
    typ = CALLER_CONTEXT_TYPE,
  }: { key?: KeyLike | KeyObject; alg?: string; typ?: string } = {},
): Promise<string> {
  const issuedAt = now();
  return new SignJWT({
    ...caller,
    request_id: 'request-1',
    iss: issuer,
    aud: audience,
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + 30,
    jti: randomUUID(),
    operation_hash: hashSubgraphOperation(operation),
    ...overrides,
  })
    .setProtectedHeader({ alg, typ })
    .sign(key);
}

async function rejectionOf(
  header: string | string[] | undefined,
): Promise<AuthenticationError> {
  const error: unknown = await verifier.verify(header, operation).then(
    () => new Error('expected the caller context to be refused'),
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof AuthenticationError)) throw error;
  expect(error.extensions).toMatchObject({
    code: 'UNAUTHENTICATED',
    http: { status: 401 },
  });
  return error;
}

describe('caller context', () => {
  it('carries caller, purpose and request id from the gateway to the subgraph it names', async () => {
    const token = await signer.sign(
      { caller, purpose, requestId: 'request-7' },
      audience,
      operation,
    );
    await expect(verifier.verify(token, operation)).resolves.toEqual({
      caller,
      purpose,
      requestId: 'request-7',
    });
  });

  it('carries a context without a purpose for operations that touch no nominal', async () => {
    const token = await signer.sign(
      { caller, requestId: 'request-8' },
      audience,
      operation,
    );
    await expect(verifier.verify(token, operation)).resolves.toEqual({
      caller,
      requestId: 'request-8',
    });
  });

  it('lives 30 seconds by default and is typed as a caller context', async () => {
    const token = await signer.sign(
      { caller, requestId: 'r' },
      audience,
      operation,
    );
    const { exp = 0, iat = 0 } = decodeJwt(token);
    expect(exp - iat).toBe(30);
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'HS256',
      kid: policeKey.kid,
      typ: CALLER_CONTEXT_TYPE,
    });
  });

  it('refuses to be configured with a lifetime over 60 seconds', () => {
    expect(() =>
      createCallerContextSigner({
        secret: gatewaySecret,
        issuer,
        lifetimeSeconds: 61,
      }),
    ).toThrow(/1 to 60 seconds; got 61/);
  });

  it('is refused by another subgraph, so a context cannot be replayed elsewhere', async () => {
    const token = await signer.sign(
      { caller, purpose, requestId: 'r' },
      'ncahmrc',
      operation,
    );
    // Signed with the NCA/HMRC subgraph's own key, so it fails police's
    // signature check before its audience is read ('for another audience'
    // below shows the audience check with police's key).
    expect((await rejectionOf(token)).failure).toBe('BAD_SIGNATURE');
  });

  it.each([
    [
      'a missing header',
      undefined,
      'MISSING',
      /x-caller-context header is missing/,
    ],
    ['an empty header', '', 'MISSING', /x-caller-context header is missing/],
    ['garbage', 'not-a-token', 'MALFORMED', /not a signed JWT/],
    [
      'a 100 KB value',
      'a'.repeat(100 * 1024),
      'TOO_LONG',
      /longer than 16384 characters/,
    ],
  ])('refuses %s', async (_label, header, failure, message) => {
    const error = await rejectionOf(header);
    expect(error.failure).toBe(failure);
    expect(error.message).toMatch(message);
  });

  it('refuses two contexts, whether as an array or joined by a comma', async () => {
    const token = await forgeContext();
    expect((await rejectionOf([token, token])).failure).toBe('MULTIPLE');
    expect((await rejectionOf(`${token}, ${token}`)).failure).toBe('MULTIPLE');
  });

  it('refuses an unsigned context (alg none), with or without a signature part', async () => {
    const encode = (value: object) => base64url.encode(JSON.stringify(value));
    const unsigned = `${encode({ alg: 'none', typ: CALLER_CONTEXT_TYPE })}.${encode({ ...caller, iss: issuer, aud: audience, exp: now() + 30, request_id: 'r' })}`;
    expect((await rejectionOf(`${unsigned}.`)).failure).toBe('MALFORMED');
    expect((await rejectionOf(`${unsigned}.AAAA`)).failure).toBe(
      'ALGORITHM_NOT_ALLOWED',
    );
  });

  it.each([
    ['signed by another key', {}, { key: strangerKey.key }, 'BAD_SIGNATURE'],
    [
      'that has expired',
      { iat: now() - 120, nbf: now() - 120, exp: now() - 60 },
      {},
      'EXPIRED',
    ],
    [
      'that is not yet valid',
      { nbf: now() + 60, exp: now() + 90 },
      {},
      'NOT_YET_VALID',
    ],
    ['from another issuer', { iss: 'urn:marsoc:impostor' }, {}, 'WRONG_ISSUER'],
    ['for another audience', { aud: 'hmpps' }, {}, 'WRONG_AUDIENCE'],
    [
      'living longer than 60 seconds',
      { exp: now() + 3600 },
      {},
      'INVALID_CLAIM',
    ],
    ['without an expiry', { exp: undefined }, {}, 'INVALID_CLAIM'],
    ['without a request id', { request_id: undefined }, {}, 'INVALID_CLAIM'],
    ['with an unknown agency', { agency: 'FBI' }, {}, 'INVALID_CLAIM'],
    ['without a vetting claim', { vetting: undefined }, {}, 'INVALID_CLAIM'],
    [
      'with an unknown purpose',
      { purpose: 'CURIOSITY', justification: purpose.justification },
      {},
      'INVALID_CLAIM',
    ],
    [
      'with a purpose but no justification',
      { purpose: 'AUDIT' },
      {},
      'INVALID_CLAIM',
    ],
    [
      'typed as an ordinary JWT (a bearer token)',
      {},
      { typ: 'JWT' },
      'MALFORMED',
    ],
  ])('refuses a context %s', async (_label, overrides, options, failure) => {
    const error = await rejectionOf(await forgeContext(overrides, options));
    expect(error.failure).toBe(failure);
    expect(error.message).toMatch(/caller context/);
  });

  it.each([
    [
      'ES256',
      () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
    ],
    ['EdDSA', () => generateKeyPairSync('ed25519').privateKey],
    ['HS512', () => policeKey.key],
  ])(
    'refuses a %s context even when its signature is valid, as only HS256 is allowed',
    async (alg, key) => {
      const token = await forgeContext({}, { key: key(), alg });
      expect((await rejectionOf(token)).failure).toBe('ALGORITHM_NOT_ALLOWED');
    },
  );

  it("refuses a context minted with another subgraph's key, even one addressed to this subgraph", async () => {
    // What a compromised HMPPS subgraph could mint with the only key it holds.
    const hmppsKey = gatewaySecret.keyFor('hmpps');
    const token = await forgeContext({ aud: audience }, { key: hmppsKey.key });
    expect((await rejectionOf(token)).failure).toBe('BAD_SIGNATURE');
  });

  it('gives every subgraph a key of its own, the same each time it is derived', () => {
    const keys = ['police', 'hmpps', 'ncahmrc', 'apmis', 'audit'].map((name) =>
      Buffer.from(deriveCallerContextKey(secretBytes, name)).toString('hex'),
    );
    expect(new Set(keys).size).toBe(5);
    expect(
      Buffer.from(deriveCallerContextKey(secretBytes, 'police')).toString(
        'hex',
      ),
    ).toBe(keys[0]);
    expect(
      toCallerContextKey(deriveCallerContextKey(secretBytes, 'police')).kid,
    ).toBe(policeKey.kid);
  });

  it('never shows key material when a key or secret is logged', () => {
    const policeBytes = Buffer.from(
      deriveCallerContextKey(secretBytes, 'police'),
    );
    const shown = [inspect(policeKey, { depth: 5 }), inspect(gatewaySecret)];
    for (const text of shown) {
      for (const material of [policeBytes, secretBytes]) {
        expect(text).not.toContain(material.toString('hex'));
        expect(text).not.toContain(material.toString('base64url'));
      }
    }
    expect(JSON.stringify(policeKey)).not.toContain(
      policeBytes.toString('base64url'),
    );
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(() => toCallerContextSecret(randomBytes(16))).toThrow(
      /at least 32 bytes \(16 given\)/,
    );
  });

  it('names the claim that was wrong without repeating the context', async () => {
    const token = await forgeContext({ agency: 'FBI' });
    const error = await rejectionOf(token);
    expect(error.message).toMatch(
      /^the caller context claim "agency" must be one of/,
    );
    expect(error.message).not.toContain(token.split('.')[1]);
  });
});
