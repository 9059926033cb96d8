import fc from 'fast-check';
import {
  CALLER_CONTEXT_HEADER,
  JUSTIFICATION_HEADER,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
} from '@marsoc/schema/wire';
import { authorisedHeaders, type FuzzCase } from '../FuzzCase';

const NOMINAL = JSON.stringify({
  query: '{ nominal(id: "NOM-00001") { id apmis { name } } }',
});

/** Headers a browser could never send but a script can: only what fetch allows. */
export function createHeaderCases(token: string, seed: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const send = (
    family: string,
    headers: Record<string, string>,
    omit: string[] = [],
  ): void => {
    const all: Record<string, string> = {
      ...authorisedHeaders(token),
      ...headers,
    };
    for (const name of omit) delete all[name];
    cases.push({
      family: `header/${family}`,
      target: 'gateway',
      method: 'POST',
      path: '/graphql',
      headers: all,
      body: NOMINAL,
      parserMayRefuse: true,
    });
  };
  send('no-purpose', {}, [PURPOSE_HEADER, JUSTIFICATION_HEADER]);
  send('purpose-only', {}, [JUSTIFICATION_HEADER]);
  send('justification-only', {}, [PURPOSE_HEADER]);
  for (const purpose of [
    '',
    ' ',
    'audit',
    'Audit',
    'AUDIT ',
    ' AUDIT',
    'AUDIT,AUDIT',
    'AUDIT, INTELLIGENCE_DEVELOPMENT',
    'NONE',
    '*',
    'null',
    '__proto__',
    'INTELLIGENCE_DEVELOPMENT\t',
    'P'.repeat(8000),
    'AUDIT\u00a0',
    'ÂUDIT',
    '%41UDIT',
    '"AUDIT"',
    '[AUDIT]',
  ])
    send('odd-purpose', { [PURPOSE_HEADER]: purpose });
  for (const justification of [
    '',
    'short',
    '          ',
    '\t\t\t\t\t\t\t\t\t\t\t',
    'x'.repeat(9),
    'x'.repeat(10),
    'J'.repeat(8000),
    'Legitimate reason, with a comma',
    'Caf\u00c3\u00a9 owner background check',
    'Zero width\u200b\u200b\u200b\u200b reason',
    'Right-to-left \u202e reason text',
    'Emoji reason 💥💥💥💥 text',
    '\u00ff\u00fe\u00fd\u00fc\u00fb invalid utf8 bytes',
    '<script>alert(1)</script>',
    "'; DROP TABLE audit; --",
    '${jndi:ldap://x/a}',
    '{{7*7}} template text',
  ])
    send('odd-justification', { [JUSTIFICATION_HEADER]: justification });
  for (const requestId of [
    '',
    'x',
    'a'.repeat(8000),
    '../../../etc/passwd',
    '00000000-0000-0000-0000-000000000000',
    'id with spaces and , comma',
    '\u00ff\u00fe',
    '%0d%0aSet-Cookie: a=b',
  ])
    send('odd-request-id', { [REQUEST_ID_HEADER]: requestId });
  for (const name of [
    CALLER_CONTEXT_HEADER,
    'x-forwarded-for',
    'x-real-ip',
    'forwarded',
    'x-original-url',
    'x-http-method-override',
    'apollo-require-preflight',
    'x-apollo-operation-name',
    'traceparent',
    'baggage',
    'apollographql-client-name',
    'cookie',
  ])
    send('internal-or-proxy', { [name]: 'eyJhbGciOiJub25lIn0.e30.' });
  for (const contentType of [
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'APPLICATION/JSON',
    'application/json; charset=iso-8859-1',
    'application/json; charset=utf-16',
    'application/json; charset=nonsense',
    'application/json; boundary=x',
    'application/jsonx',
    'application/json, text/plain',
    'application/graphql-response+json',
    'application/graphql',
    'text/plain',
    'text/plain; charset=utf-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=----x',
    'application/xml',
    '*/*',
    '',
  ])
    send('content-type', { 'content-type': contentType });
  for (const accept of [
    'application/graphql-response+json',
    'application/json',
    'text/html',
    'application/xml',
    'multipart/mixed; deferSpec=20220824',
    'text/event-stream',
    '*/*',
    'application/json;q=0',
    '',
  ])
    send('accept', { accept });
  send('no-content-type', {}, ['content-type']);
  send(
    'oversize-total',
    Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`x-pad-${i}`, 'p'.repeat(1000)]),
    ),
  );
  send('oversize-one', { 'x-pad': 'p'.repeat(20_000) });
  send(
    'many-headers',
    Object.fromEntries(
      Array.from({ length: 1500 }, (_, i) => [`x-h${i}`, 'v']),
    ),
  );
  const printable = fc.string({
    maxLength: 60,
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      // DEL is a control character: the raw cases send those, where the
      // parser's bare refusal can be read; fetch only sees a reset.
      .map((code) => String.fromCharCode(code === 0x7f ? 0x7e : code)),
  });
  const generated = fc.record({
    purpose: printable,
    justification: printable,
    requestId: printable,
  });
  for (const { purpose, justification, requestId } of fc.sample(generated, {
    seed,
    numRuns: 500,
  }))
    send('generated', {
      [PURPOSE_HEADER]: purpose.trim() === '' ? 'AUDIT' : purpose,
      [JUSTIFICATION_HEADER]: justification,
      [REQUEST_ID_HEADER]: requestId,
    });
  return cases;
}
