import {
  displayHeaderName,
  JUSTIFICATION_HEADER,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
} from '@marsoc/schema/wire';
import { type FuzzCase } from '../FuzzCase';

// Raw bytes, but the names are still the system's own, as a client writes them.
const PURPOSE = displayHeaderName(PURPOSE_HEADER);
const JUSTIFICATION = displayHeaderName(JUSTIFICATION_HEADER);
const REQUEST_ID = displayHeaderName(REQUEST_ID_HEADER);

const BODY =
  '{"query":"{ nominal(id: \\"NOM-00001\\") { id apmis { name } } }"}';

/**
 * Requests only a raw socket can send: repeated headers, control characters,
 * odd framings and request lines. node:http's parser may refuse them itself.
 */
export function createRawCases(token: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const request = (
    family: string,
    head: string[],
    body = BODY,
    requestLine = 'POST /graphql HTTP/1.1',
  ): void => {
    const lines = [
      requestLine,
      'Host: 127.0.0.1',
      'Connection: close',
      ...head,
    ];
    if (
      !head.some((line) => /^(content-length|transfer-encoding):/i.test(line))
    )
      lines.push(`Content-Length: ${Buffer.byteLength(body, 'latin1')}`);
    cases.push({
      family: `raw/${family}`,
      target: 'gateway',
      method: requestLine.split(' ')[0] ?? '',
      path: requestLine.split(' ')[1] ?? '',
      headers: {},
      raw: `${lines.join('\r\n')}\r\n\r\n${body}`,
      parserMayRefuse: true,
    });
  };
  const standard = [
    'Content-Type: application/json',
    `Authorization: Bearer ${token}`,
    `${PURPOSE}: INTELLIGENCE_DEVELOPMENT`,
    `${JUSTIFICATION}: Fuzz tier raw socket case`,
  ];
  const replace = (name: string, ...values: string[]): string[] => [
    ...standard.filter(
      (line) => !line.toLowerCase().startsWith(`${name.toLowerCase()}:`),
    ),
    ...values.map((value) => `${name}: ${value}`),
  ];
  request('well-formed', standard);
  for (const name of [
    PURPOSE,
    JUSTIFICATION,
    'Authorization',
    'Content-Type',
    REQUEST_ID,
  ]) {
    const value =
      standard
        .find((line) => line.startsWith(`${name}:`))
        ?.slice(name.length + 2) ?? 'x';
    request(`duplicate-${name}`, replace(name, value, value));
    request(
      `duplicate-differing-${name}`,
      replace(name, value, name === 'Authorization' ? 'Bearer x' : 'AUDIT'),
    );
  }
  request('duplicate-content-length', [
    ...standard,
    `Content-Length: ${BODY.length}`,
    `Content-Length: ${BODY.length}`,
  ]);
  request('conflicting-content-length', [
    ...standard,
    `Content-Length: ${BODY.length}`,
    'Content-Length: 3',
  ]);
  request('smuggling', [
    ...standard,
    `Content-Length: ${BODY.length}`,
    'Transfer-Encoding: chunked',
  ]);
  request(
    'chunked',
    [...standard, 'Transfer-Encoding: chunked'],
    `${BODY.length.toString(16)}\r\n${BODY}\r\n0\r\n\r\n`,
  );
  request(
    'bad-chunk-size',
    [...standard, 'Transfer-Encoding: chunked'],
    `zz\r\n${BODY}\r\n0\r\n\r\n`,
  );
  request(
    'chunked-extensions',
    [...standard, 'Transfer-Encoding: chunked'],
    `${BODY.length.toString(16)};a=b\r\n${BODY}\r\n0\r\n\r\n`,
  );
  request('obsolete-fold', [
    ...standard,
    `${REQUEST_ID}: first`,
    ' folded-continuation',
  ]);
  request('space-before-colon', [...standard, `${PURPOSE} : AUDIT`]);
  request('header-without-colon', [...standard, 'NoColonHere']);
  request('empty-header-name', [...standard, ': value']);
  for (let code = 0; code < 32; code++) {
    if (code === 10 || code === 13) continue;
    const control = String.fromCharCode(code);
    request(
      'control-in-justification',
      replace(JUSTIFICATION, `reason${control}with control`),
    );
    request('control-in-purpose', replace(PURPOSE, `AUDIT${control}`));
    request(
      'control-in-token',
      replace(
        'Authorization',
        `Bearer ${token.slice(0, 20)}${control}${token.slice(20)}`,
      ),
    );
    request('control-in-request-id', [
      ...standard,
      `${REQUEST_ID}: id${control}x`,
    ]);
  }
  request(
    'delete-in-justification',
    replace(JUSTIFICATION, 'reason\u007fwith delete'),
  );
  request(
    'latin1-justification',
    replace(JUSTIFICATION, 'reason with \u00ff\u00fe bytes'),
  );
  request(
    'utf8-justification',
    replace(
      JUSTIFICATION,
      Buffer.from('Café owner background check', 'utf8').toString('latin1'),
    ),
  );
  request('cr-only', [...standard, 'X-A: a\rX-B: b']);
  request('http-1.0', standard, BODY, 'POST /graphql HTTP/1.0');
  request('http-2.0', standard, BODY, 'POST /graphql HTTP/2.0');
  request('http-9', standard, BODY, 'POST /graphql HTTP/9.9');
  request(
    'absolute-form',
    standard,
    BODY,
    'POST http://evil.example/graphql HTTP/1.1',
  );
  request('unknown-method', standard, BODY, 'FUZZ /graphql HTTP/1.1');
  request('lowercase-method', standard, BODY, 'post /graphql HTTP/1.1');
  request('no-version', standard, BODY, 'POST /graphql');
  request('garbage-line', standard, BODY, '\u0000\u0001\u0002');
  request('space-in-path', standard, BODY, 'POST /graph ql HTTP/1.1');
  request(
    'long-path',
    standard,
    BODY,
    `POST /graphql?${'a'.repeat(20_000)} HTTP/1.1`,
  );
  request('expect-continue', [...standard, 'Expect: 100-continue']);
  request('expect-odd', [...standard, 'Expect: 418-teapot']);
  request('short-body', standard, BODY.slice(0, 10));
  request('upgrade', [
    ...standard,
    'Upgrade: websocket',
    'Connection: Upgrade',
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
  ]);
  return cases;
}
