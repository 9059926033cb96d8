import fc from 'fast-check';
import { authorisedHeaders, type FuzzCase } from '../FuzzCase';
import { type TokenMint } from '../tokenMint';

const NOMINAL = JSON.stringify({
  query: '{ nominal(id: "NOM-00001") { id apmis { name } } }',
});
const PERSONAS = [
  'police-analyst',
  'prison-intel',
  'nca-officer',
  'hmrc-investigator',
  'auditor',
  'low-clearance',
  'dwp-officer',
  'regional-lead',
];

function base64url(value: unknown): string {
  return Buffer.from(
    typeof value === 'string' ? value : JSON.stringify(value),
  ).toString('base64url');
}

/** Odd values for each caller claim, as `npm run token -- --claim key=value` would mint them. */
const ODD_CLAIMS: Record<string, unknown[]> = {
  sub: [null, '', ' ', 5, 's'.repeat(5000), 'dev\u0001sub', ['a'], {}],
  name: [null, '', 7, 'n'.repeat(500), 'Name\u0007Bell', 'Name\u202eReversed'],
  agency: [null, '', 'police', 'CIA', 'POLICE ', ['POLICE'], 1],
  unit: [null, '', 'u'.repeat(500), 'Unit\u0000Nul'],
  regions: [
    null,
    [],
    'NORTH_WEST',
    ['MARS'],
    ['NORTH_WEST', 'NORTH_WEST'],
    Array(500).fill('LONDON'),
    [1],
    [null],
    {},
  ],
  roles: [
    null,
    'ANALYST',
    ['GOD'],
    ['analyst'],
    ['AUDITOR', 'DISCLOSURE_OFFICER', 'REGIONAL_LEAD'],
    Array(500).fill('ANALYST'),
    [{}],
  ],
  vetting: [null, '', 'TOP_SECRET', 'dv', 9, ['DV']],
  exp: ['tomorrow', -1, 0, 1e20, null, 1.5],
  nbf: ['now', 1e20],
  iat: [1e20, 'x'],
  iss: ['urn:marsoc:someone-else', '', null, ['urn:marsoc:development-issuer']],
  aud: ['urn:marsoc:subgraph', '', null, ['urn:marsoc:other']],
  extra: ['x'.repeat(8000), { nested: { deeper: [1, 2, 3] } }],
};

/** Missing, malformed, expired, forged, confused and oversized tokens. */
export async function createTokenCases(
  mint: TokenMint,
  seed: number,
): Promise<FuzzCase[]> {
  const cases: FuzzCase[] = [];
  const send = (family: string, authorization: string | undefined): void => {
    const headers = authorisedHeaders('');
    if (authorization === undefined) delete headers.authorization;
    else headers.authorization = authorization;
    cases.push({
      family: `token/${family}`,
      target: 'gateway',
      method: 'POST',
      path: '/graphql',
      headers,
      body: NOMINAL,
      parserMayRefuse: true,
    });
  };
  const analyst = { ...mint.claimsOf('police-analyst'), ...mint.registered() };
  const good = await mint.sign(analyst);
  const [header = '', payload = '', signature = ''] = good.split('.');
  const now = Math.floor(Date.now() / 1000);
  send('missing', undefined);
  for (const value of [
    '',
    'Bearer',
    'Bearer ',
    'Bearer  ',
    `bearer ${good}`,
    `BEARER ${good}`,
    `Bearer  ${good}`,
    `Basic ${base64url('a:b')}`,
    `Token ${good}`,
    good,
    `Bearer ${good} ${good}`,
    `Bearer ${good},Bearer ${good}`,
    'Bearer null',
    'Bearer undefined',
    'Bearer a.b.c',
    'Bearer ...',
    'Bearer ....',
    `Bearer ${header}`,
    `Bearer ${header}.${payload}`,
    `Bearer ${header}.${payload}.`,
    `Bearer ${good}.x.y`,
    `Bearer ${'A'.repeat(15_000)}`,
    `Bearer ${good}${'A'.repeat(12_000)}`,
    'Bearer ¡¢£¤¥',
  ])
    send('malformed', value);
  send('none', `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`);
  send('none', `Bearer ${base64url({ alg: 'none' })}.${payload}.${signature}`);
  send('none', `Bearer ${base64url({ alg: 'NONE' })}.${payload}.`);
  send('none', `Bearer ${base64url({ alg: 'nOnE' })}.${payload}.`);
  const publicKeyAsSecret = new TextEncoder().encode(
    JSON.stringify(mint.publicJwk),
  );
  send(
    'hs256-confusion',
    `Bearer ${await mint.sign(analyst, { key: publicKeyAsSecret as never, alg: 'HS256' })}`,
  );
  send(
    'hs256-confusion',
    `Bearer ${await mint.sign(analyst, { key: new TextEncoder().encode(String(mint.publicJwk.x)) as never, alg: 'HS256' })}`,
  );
  for (const [alg, key] of Object.entries(mint.strangers)) {
    send(
      `wrong-key-${alg}`,
      `Bearer ${await mint.sign(analyst, { key, alg })}`,
    );
    send(
      `embedded-jwk-${alg}`,
      `Bearer ${await mint.sign(analyst, { key, alg, header: { jwk: mint.publicJwk as never } })}`,
    );
    send(
      `jku-${alg}`,
      `Bearer ${await mint.sign(analyst, { key, alg, header: { jku: 'http://198.51.100.1/jwks.json' } })}`,
    );
  }
  send(
    'wrong-alg-header',
    `Bearer ${base64url({ alg: 'ES256', kid: 'x' })}.${payload}.${signature}`,
  );
  send(
    'unknown-kid',
    `Bearer ${await mint.sign(analyst, { header: { kid: 'no-such-key' } })}`,
  );
  send(
    'crit',
    `Bearer ${mint.signRaw({ alg: 'EdDSA', typ: 'JWT', kid: 'x', crit: ['x-unknown'], 'x-unknown': 1 }, analyst)}`,
  );
  send(
    'caller-context-typ',
    `Bearer ${await mint.sign(analyst, { header: { typ: 'marsoc-caller-context+jwt' } })}`,
  );
  send(
    'expired',
    `Bearer ${await mint.sign({ ...analyst, iat: now - 7200, nbf: now - 7200, exp: now - 3600 })}`,
  );
  send(
    'expired-within-tolerance',
    `Bearer ${await mint.sign({ ...analyst, exp: now - 10 })}`,
  );
  send(
    'not-yet-valid',
    `Bearer ${await mint.sign({ ...analyst, nbf: now + 3600 })}`,
  );
  const { exp: _exp, ...withoutExp } = analyst;
  send('no-exp', `Bearer ${await mint.sign(withoutExp)}`);
  for (
    let index = 0;
    index < payload.length;
    index += Math.max(1, Math.floor(payload.length / 20))
  ) {
    const flipped =
      payload.slice(0, index) +
      (payload[index] === 'A' ? 'B' : 'A') +
      payload.slice(index + 1);
    send('tampered-payload', `Bearer ${header}.${flipped}.${signature}`);
  }
  for (let index = 0; index < signature.length; index += 8) {
    const flipped =
      signature.slice(0, index) +
      (signature[index] === 'A' ? 'B' : 'A') +
      signature.slice(index + 1);
    send('tampered-signature', `Bearer ${header}.${payload}.${flipped}`);
  }
  send(
    'escalated-payload',
    `Bearer ${header}.${base64url({ ...analyst, vetting: 'DV', roles: ['AUDITOR'] })}.${signature}`,
  );
  for (const [claim, values] of Object.entries(ODD_CLAIMS)) {
    for (const value of values) {
      for (const persona of ['police-analyst', 'auditor']) {
        const claims = {
          ...mint.claimsOf(persona),
          ...mint.registered(),
          [claim]: value,
        };
        if (value === null) delete claims[claim];
        send(`odd-claim-${claim}`, `Bearer ${await mint.sign(claims)}`);
      }
    }
  }
  const generated = fc.record({
    persona: fc.constantFrom(...PERSONAS),
    claim: fc.constantFrom(...Object.keys(ODD_CLAIMS)),
    value: fc.jsonValue({ maxDepth: 3 }),
  });
  for (const { persona, claim, value } of fc.sample(generated, {
    seed,
    numRuns: 400,
  }))
    send(
      'generated-claims',
      `Bearer ${await mint.sign({ ...mint.claimsOf(persona), ...mint.registered(), [claim]: value })}`,
    );
  for (const persona of PERSONAS)
    send(
      'persona',
      `Bearer ${await mint.sign({ ...mint.claimsOf(persona), ...mint.registered() })}`,
    );
  return cases;
}
