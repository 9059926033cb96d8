import fc from 'fast-check';
import { type FuzzCase, gatewayOperation, gatewayPost } from '../FuzzCase';

const VALID = JSON.stringify({ query: '{ me { sub agency } }' });
const NOMINAL = JSON.stringify({
  query: '{ nominal(id: "NOM-00001") { id apmis { name } } }',
});
/** The gateway refuses bodies over 256 KiB unread; these sit either side. */
const NEAR_LIMIT = 250 * 1024;
const OVER_LIMIT = 300 * 1024;

const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1e308,
  '',
  'x',
  [],
  [1],
  {},
  { query: '{ me { sub } }' },
];

/** Bodies that are not JSON, or JSON of the wrong shape, or far too big. */
export function createBodyCases(token: string, seed: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const post = (family: string, body: string | Uint8Array): void => {
    cases.push(gatewayPost(`body/${family}`, token, body));
  };
  for (const body of [
    '',
    ' ',
    'null',
    'true',
    '0',
    '"{ me { sub } }"',
    '[]',
    '{}',
    '{',
    '}',
    '{"query"',
    '{"query":',
    '{"query":"{ me',
    "{'query':'{ me { sub } }'}",
    'query={ me { sub } }',
    '{"query":"{ me { sub } }",}',
    '{"query":"{ me { sub } }"}{"query":"{ me { sub } }"}',
    '{"query":"\\x41"}',
    '{"query":"\\ud800"}',
    '{"query":"\\u0000{ me { sub } }"}',
    '{"__proto__":{"query":"{ me { sub } }"}}',
    '{"constructor":{"prototype":{"query":1}}}',
    '{"query":"{ me { sub } }","query":"{ nominal(id: \\"NOM-00001\\") { id } }"}',
  ])
    post('literal', body);
  for (const field of ['query', 'variables', 'operationName', 'extensions']) {
    for (const value of WRONG_TYPES) {
      cases.push(
        gatewayOperation(`body/wrong-type-${field}`, token, {
          query: '{ me { sub } }',
          [field]: value,
        }),
      );
    }
  }
  cases.push(
    gatewayOperation('body/persisted-query', token, {
      extensions: {
        persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) },
      },
    }),
    gatewayOperation('body/persisted-query', token, {
      query: '{ me { sub } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '00' } },
    }),
    gatewayOperation('body/persisted-query', token, {
      extensions: { persistedQuery: { version: 2 } },
    }),
  );
  for (let size = 1; size < 6; size++) {
    const batch = Array.from(
      { length: size * 40 },
      () => JSON.parse(NOMINAL) as unknown,
    );
    post('batch', JSON.stringify(batch));
  }
  post('bom', `\ufeff${VALID}`);
  post(
    'bom',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]),
  );
  post(
    'bom',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]),
  );
  post('utf16', Buffer.from(VALID, 'utf16le'));
  for (const bytes of [
    [0xff],
    [0xc0, 0xaf],
    [0xed, 0xa0, 0x80],
    [0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0x00],
  ]) {
    post(
      'invalid-utf8',
      Buffer.concat([
        Buffer.from('{"query":"{ me { sub } } #'),
        Buffer.from(bytes),
        Buffer.from('"}'),
      ]),
    );
    post(
      'invalid-utf8',
      Buffer.concat([
        Buffer.from('{"query":"{ nominal(id: \\"'),
        Buffer.from(bytes),
        Buffer.from('\\") { id } }"}'),
      ]),
    );
  }
  post(
    'huge',
    JSON.stringify({ query: `{ me { sub } } #${'x'.repeat(NEAR_LIMIT)}` }),
  );
  post(
    'huge',
    JSON.stringify({ query: `${' '.repeat(NEAR_LIMIT)}{ me { sub } }` }),
  );
  post(
    'huge',
    JSON.stringify({
      query: '{ me { sub } }',
      operationName: 'A'.repeat(NEAR_LIMIT),
    }),
  );
  post(
    'huge',
    JSON.stringify({
      query: `{ nominal(id: "${'N'.repeat(NEAR_LIMIT)}") { id } }`,
    }),
  );
  post(
    'huge',
    JSON.stringify({
      query: '{ me { sub } }',
      extensions: { x: 'y'.repeat(NEAR_LIMIT) },
    }),
  );
  post('over-limit', 'x'.repeat(OVER_LIMIT));
  post(
    'over-limit',
    JSON.stringify({ query: `{ me { sub } } #${'x'.repeat(OVER_LIMIT)}` }),
  );
  post('deep-json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  post(
    'deep-json',
    `{"query":"{ me { sub } }","variables":{"a":${'['.repeat(60_000)}${']'.repeat(60_000)}}}`,
  );
  post(
    'deep-json',
    `{"query":"{ me { sub } }","extensions":${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}}`,
  );
  post(
    'wide-json',
    JSON.stringify({
      query: '{ me { sub } }',
      variables: Object.fromEntries(
        Array.from({ length: 10_000 }, (_, i) => [`v${i}`, i]),
      ),
    }),
  );

  const truncations = fc.sample(
    fc.tuple(
      fc.constantFrom(VALID, NOMINAL),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    { seed, numRuns: 300 },
  );
  for (const [body, at] of truncations)
    post('truncated', body.slice(0, Math.floor(body.length * at)));
  for (const value of fc.sample(fc.jsonValue({ maxDepth: 6 }), {
    seed: seed + 1,
    numRuns: 500,
  }))
    post('random-json', JSON.stringify(value));
  const requestLike = fc.record(
    {
      query: fc.oneof(fc.string(), fc.jsonValue()),
      variables: fc.jsonValue(),
      operationName: fc.jsonValue(),
      extensions: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );
  for (const value of fc.sample(requestLike, { seed: seed + 2, numRuns: 400 }))
    post('random-request', JSON.stringify(value));
  for (const bytes of fc.sample(fc.uint8Array({ maxLength: 2048 }), {
    seed: seed + 3,
    numRuns: 200,
  }))
    post('binary', bytes);
  return cases;
}
