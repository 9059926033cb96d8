import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalJWKSet, jwtVerify } from 'jose';

import { parseCallerClaims } from '../claims';
import {
  DEVELOPMENT_ISSUER,
  GATEWAY_AUDIENCE,
  createDevelopmentIssuer,
} from '../developmentIssuer';
import { loadPersonas } from '../personas';

const analyst = loadPersonas().get('police-analyst');
if (!analyst) throw new Error('the police-analyst persona is missing');

let dataDirectory: string;

beforeEach(async () => {
  dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'marsoc-issuer-'));
});

afterEach(async () => {
  await fs.rm(dataDirectory, { recursive: true, force: true });
});

describe('the development issuer', () => {
  it('issues a token for a persona that its published key verifies', async () => {
    const issuer = await createDevelopmentIssuer({ dataDirectory });
    const token = await issuer.issueToken(analyst.caller);

    const { payload, protectedHeader } = await jwtVerify(
      token,
      createLocalJWKSet({ keys: [issuer.publicJwk] }),
      { issuer: DEVELOPMENT_ISSUER, audience: GATEWAY_AUDIENCE },
    );
    expect(protectedHeader).toEqual({
      alg: 'EdDSA',
      kid: issuer.kid,
      typ: 'JWT',
    });
    expect(parseCallerClaims(payload)).toEqual(analyst.caller);
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(3600);
    expect(payload.nbf).toBe(payload.iat);
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps its key in <data directory>/keys so every process trusts the same issuer', async () => {
    const first = await createDevelopmentIssuer({ dataDirectory });
    const second = await createDevelopmentIssuer({ dataDirectory });
    expect(second.kid).toBe(first.kid);
    await expect(
      fs.access(
        path.join(dataDirectory, 'keys', 'development-issuer.private.jwk.json'),
      ),
    ).resolves.toBeUndefined();
  });

  it('sets the lifetime asked for and adds extra claims over the persona', async () => {
    const issuer = await createDevelopmentIssuer({ dataDirectory });
    const token = await issuer.issueToken(analyst.caller, {
      lifetimeSeconds: 60,
      extraClaims: { vetting: 'BPSS', ticket: 'T-1' },
    });
    const { payload } = await jwtVerify(token, issuer.publicKey);
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(60);
    expect(payload).toMatchObject({ vetting: 'BPSS', ticket: 'T-1' });
  });

  it('refuses extra claims that would override its issuer, audience or times', async () => {
    const issuer = await createDevelopmentIssuer({ dataDirectory });
    await expect(
      issuer.issueToken(analyst.caller, { extraClaims: { aud: 'x', exp: 1 } }),
    ).rejects.toThrow('extra claims may not set aud, exp');
  });

  it.each([0, -5, 1.5, 86401])(
    'refuses a lifetime of %s seconds',
    async (lifetimeSeconds) => {
      const issuer = await createDevelopmentIssuer({ dataDirectory });
      await expect(
        issuer.issueToken(analyst.caller, { lifetimeSeconds }),
      ).rejects.toThrow(
        /token lifetime must be a whole number of seconds from 1 to 86400/,
      );
    },
  );
});
