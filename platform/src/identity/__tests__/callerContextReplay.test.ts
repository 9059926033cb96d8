import { randomBytes, randomUUID } from 'node:crypto';
import { type Caller } from '@marsoc/schema/caller';
import { SignJWT } from 'jose';
import { createSilentLogger } from '../../logging/createLogger';
import { AuthenticationError } from '../authenticationError';
import {
  CALLER_CONTEXT_TYPE,
  type CallerContextVerifier,
  createCallerContextSigner,
  createCallerContextVerifier,
} from '../callerContext';
import { toCallerContextSecret } from '../callerContextKeys';
import { createMemoryReplayGuard } from '../memoryReplayGuard';
import { createRedisReplayGuard } from '../redisReplayGuard';
import { type ReplayGuard, ReplayGuardUnavailableError } from '../replayGuard';
import { type SubgraphOperation } from '../subgraphOperation';

const issuer = 'urn:marsoc:gateway';
const audience = 'police';
const gatewaySecret = toCallerContextSecret(randomBytes(32));
const policeKey = gatewaySecret.keyFor(audience);
const caller: Caller = {
  sub: 'dev-0001-police-analyst',
  name: 'Ada Madeup',
  agency: 'POLICE',
  unit: 'NWROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};
const context = {
  caller,
  purpose: {
    purpose: 'INTELLIGENCE_DEVELOPMENT' as const,
    justification: 'Op KESTREL subject profile refresh',
  },
  requestId: 'request-1',
};
const entities = (id: string): SubgraphOperation => ({
  query:
    'query P__police__1($representations:[_Any!]!){_entities(representations:$representations){...on Nominal{police{identity{pncId}}}}}',
  operationName: 'P__police__1',
  variables: { representations: [{ __typename: 'Nominal', id }] },
});
const signer = createCallerContextSigner({
  secret: gatewaySecret,
  issuer,
});

function createVerifier(replayGuard: ReplayGuard): CallerContextVerifier {
  return createCallerContextVerifier({
    key: policeKey,
    audience,
    issuer,
    replayGuard,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => new Error('expected the caller context to be refused'),
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof AuthenticationError)) throw error;
  expect(error.extensions).toMatchObject({ http: { status: 401 } });
  return error.failure;
}

describe('a caller context bound to one fetch', () => {
  it('is accepted once and refused when replayed to the same subgraph', async () => {
    const verifier = createVerifier(createMemoryReplayGuard());
    const token = await signer.sign(context, audience, entities('NOM-00001'));
    await expect(
      verifier.verify(token, entities('NOM-00001')),
    ).resolves.toMatchObject({ requestId: 'request-1' });
    expect(await failureOf(verifier.verify(token, entities('NOM-00001')))).toBe(
      'REPLAYED',
    );
  });

  it('is refused with another operation: other variables, another query, or none', async () => {
    const verifier = createVerifier(createMemoryReplayGuard());
    const token = await signer.sign(context, audience, entities('NOM-00001'));
    expect(await failureOf(verifier.verify(token, entities('NOM-00002')))).toBe(
      'WRONG_OPERATION',
    );
    expect(
      await failureOf(verifier.verify(token, { query: '{ __typename }' })),
    ).toBe('WRONG_OPERATION');
    expect(await failureOf(verifier.verify(token, undefined))).toBe(
      'WRONG_OPERATION',
    );
  });

  it('accepts every fetch of one plan, even the same operation twice, as each has its own context', async () => {
    const verifier = createVerifier(createMemoryReplayGuard());
    for (let step = 0; step < 3; step += 1) {
      const token = await signer.sign(context, audience, entities('NOM-1'));
      await expect(verifier.verify(token, entities('NOM-1'))).resolves.toEqual(
        context,
      );
    }
  });

  it('refuses a validly signed context that names no operation', async () => {
    const verifier = createVerifier(createMemoryReplayGuard());
    const issuedAt = Math.floor(Date.now() / 1000);
    const unbound = await new SignJWT({
      ...caller,
      request_id: 'request-1',
      iss: issuer,
      aud: audience,
      iat: issuedAt,
      nbf: issuedAt,
      exp: issuedAt + 30,
      jti: randomUUID(),
    })
      .setProtectedHeader({ alg: 'HS256', typ: CALLER_CONTEXT_TYPE })
      .sign(policeKey.key);
    expect(await failureOf(verifier.verify(unbound, entities('NOM-1')))).toBe(
      'INVALID_CLAIM',
    );
  });

  it('does not spend a context on a failed attempt with another operation', async () => {
    const verifier = createVerifier(createMemoryReplayGuard());
    const token = await signer.sign(context, audience, entities('NOM-1'));
    await failureOf(verifier.verify(token, entities('NOM-2')));
    await expect(verifier.verify(token, entities('NOM-1'))).resolves.toEqual(
      context,
    );
  });

  it('is refused with 503, never accepted, when the shared store cannot be asked', async () => {
    // A port nothing listens on: Redis is down.
    const guard = createRedisReplayGuard({
      url: 'redis://127.0.0.1:1',
      keyPrefix: `marsoc:test:${randomUUID()}:`,
      log: createSilentLogger(),
      timeoutMs: 500,
    });
    try {
      const verifier = createVerifier(guard);
      const token = await signer.sign(context, audience, entities('NOM-1'));
      const refusal: unknown = await verifier
        .verify(token, entities('NOM-1'))
        .catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(ReplayGuardUnavailableError);
      expect(refusal).toMatchObject({
        message:
          'the caller context could not be checked against replay; try again shortly',
        extensions: { code: 'UNAUTHENTICATED', http: { status: 503 } },
      });
    } finally {
      await guard.close();
    }
  });
});
