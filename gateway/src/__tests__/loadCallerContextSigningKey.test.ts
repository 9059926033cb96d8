import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CALLER_CONTEXT_ISSUER,
  createCallerContextSigner,
  createCallerContextVerifier,
  createMemoryReplayGuard,
  deriveCallerContextKey,
  encodeCallerContextKeyText,
  loadCallerContextKey,
} from '@marsoc/platform';
import { type Caller } from '@marsoc/schema/caller';
import { loadCallerContextSigningKey } from '../loadCallerContextSigningKey';

const caller: Caller = {
  sub: 'dev-0001-police-analyst',
  name: 'Ada Madeup',
  agency: 'POLICE',
  unit: 'NWROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};
const operation = { query: '{ __typename }', operationName: null };

let dataDirectory: string;

beforeEach(async () => {
  dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'marsoc-ctx-'));
});

afterEach(async () => {
  await fs.rm(dataDirectory, { recursive: true, force: true });
});

/** Signs with the gateway's configuration and verifies with one subgraph's. */
async function verifiedBy(
  gatewayEnv: Record<string, string>,
  subgraphEnv: Record<string, string>,
  subgraph: string,
  audience = subgraph,
): Promise<string> {
  const signer = createCallerContextSigner({
    ...(await loadCallerContextSigningKey(gatewayEnv, dataDirectory)),
    issuer: CALLER_CONTEXT_ISSUER,
  });
  const verifier = createCallerContextVerifier({
    key: await loadCallerContextKey(subgraphEnv, dataDirectory, subgraph),
    audience: subgraph,
    issuer: CALLER_CONTEXT_ISSUER,
    replayGuard: createMemoryReplayGuard(),
  });
  const token = await signer.sign(
    { caller, requestId: 'request-1' },
    audience,
    operation,
  );
  return verifier.verify(token, operation).then(
    (context) => context.requestId,
    (error: unknown) => `refused: ${(error as { failure?: string }).failure}`,
  );
}

describe('caller-context keys as the gateway and a subgraph load them', () => {
  it('agree through the development secret in the data directory', async () => {
    expect(await verifiedBy({}, {}, 'police')).toBe('request-1');
  });

  it('agree when the gateway has CALLER_CONTEXT_SECRET and the subgraph only its own derived CALLER_CONTEXT_KEY', async () => {
    const secret = randomBytes(32);
    const gateway = { CALLER_CONTEXT_SECRET: secret.toString('base64url') };
    const keyOf = (name: string) => ({
      CALLER_CONTEXT_KEY: encodeCallerContextKeyText(
        deriveCallerContextKey(secret, name),
      ),
    });
    expect(await verifiedBy(gateway, keyOf('hmpps'), 'hmpps')).toBe(
      'request-1',
    );
    // HMPPS's key does not verify what the gateway signs for the police.
    expect(await verifiedBy(gateway, keyOf('hmpps'), 'police')).toBe(
      'refused: BAD_SIGNATURE',
    );
    // Nor does a context the gateway addressed to HMPPS pass at the police.
    expect(await verifiedBy(gateway, keyOf('police'), 'police', 'hmpps')).toBe(
      'refused: BAD_SIGNATURE',
    );
  });

  it.each([
    [
      'the gateway',
      { CALLER_CONTEXT_PRIVATE_KEY: '{"kty":"OKP"}' },
      /CALLER_CONTEXT_PRIVATE_KEY.*no longer read.*CALLER_CONTEXT_SECRET/,
    ],
    [
      'a subgraph',
      { CALLER_CONTEXT_PUBLIC_KEY: '{"kty":"OKP"}' },
      /CALLER_CONTEXT_PUBLIC_KEY.*no longer read.*CALLER_CONTEXT_KEY/,
    ],
  ])(
    'stops %s still configured with an Ed25519 key',
    async (side, env, why) => {
      const load =
        side === 'the gateway'
          ? loadCallerContextSigningKey(env, dataDirectory)
          : loadCallerContextKey(env, dataDirectory, 'police');
      await expect(load).rejects.toThrow(why);
    },
  );

  it.each([
    ['CALLER_CONTEXT_SECRET', Buffer.alloc(16, 9).toString('base64url')],
    ['CALLER_CONTEXT_KEY', 'this is not a key at all'],
  ])(
    'stops at start on a bad %s, naming the setting but not the value',
    async (name, value) => {
      const load =
        name === 'CALLER_CONTEXT_SECRET'
          ? loadCallerContextSigningKey({ [name]: value }, dataDirectory)
          : loadCallerContextKey({ [name]: value }, dataDirectory, 'police');
      const error: unknown = await load.catch(
        (rejection: unknown) => rejection,
      );
      expect(String(error)).toContain(name);
      expect(String(error)).not.toContain(value);
    },
  );
});
