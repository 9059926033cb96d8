import { serverAudits } from 'graphql-http';
import { createFragmentBomb } from '@marsoc/gateway/testing';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { readBasePort } from './readBasePort';
import { type StartedSystem, startSystem } from './startSystem';

const BASE_PORT = readBasePort('CLIENT_ERRORS_E2E_BASE_PORT', 14900, 6);
const INTERNAL_TEXT =
  /Maximum call stack|RangeError|TypeError|stacktrace|\bat \S+ \(|node_modules|\.ts:\d+|Internal server error/i;

describe('client mistakes against the started gateway', () => {
  let system: StartedSystem;
  let token: string;
  beforeAll(async () => {
    system = await startSystem(BASE_PORT);
    token = await system.token('police-analyst');
  });
  afterAll(async () => {
    await system?.stop();
  });

  const send = async (init: {
    method?: string;
    contentType?: string;
    body?: string;
    search?: string;
  }) => {
    const response = await fetch(`${system.gatewayUrl}${init.search ?? ''}`, {
      method: init.method ?? 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        [PURPOSE_HEADER]: 'INTELLIGENCE_DEVELOPMENT',
        [JUSTIFICATION_HEADER]: 'End-to-end test of client errors',
        'content-type': init.contentType ?? 'application/json',
      },
      body: init.body,
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      connection: response.headers.get('connection'),
    };
  };
  const post = (body: unknown) => send({ body: JSON.stringify(body) });

  it.each([
    [
      'a subscription',
      { query: 'subscription { me { sub } }' },
      /Subscriptions are not supported/,
    ],
    [
      'two operations and no operationName',
      { query: 'query A { me { sub } } query B { me { name } }' },
      /name the one to run/,
    ],
    [
      'an operationName naming none',
      { query: 'query A { me { sub } }', operationName: 'Z' },
      /No operation in the document/,
    ],
    ['a batch', [{ query: '{ me { sub } }' }], /batching/],
    ['no query', {}, /POST body missing|query/],
    [
      'a variable of the wrong type',
      {
        query: 'query ($id: ID!) { nominal(id: $id) { id } }',
        variables: { id: [1] },
      },
      /ID cannot represent/,
    ],
    [
      'a document 5,000 deep',
      { query: `{ ${'a { '.repeat(5000)}b${' }'.repeat(5001)}` },
      /tokens/,
    ],
  ])(
    'answers %s with 400 and a clear message',
    async (_label, body, message) => {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect(answer.text).toMatch(message);
      expect(answer.text).not.toMatch(INTERNAL_TEXT);
    },
  );

  it('answers unparsable JSON, a wrong content type and GET with 4xx', async () => {
    const badJson = await send({ body: '{"query": ' });
    expect(badJson.status).toBe(400);
    expect(badJson.text).toMatch(/not valid JSON/);
    const form = await send({
      contentType: 'text/plain',
      body: '{ me { sub } }',
    });
    expect(form.status).toBe(415);
    const get = await send({
      method: 'GET',
      contentType: 'application/json',
      search: `?query=${encodeURIComponent('mutation { recordNotPutForward(input: {}) { status } }')}`,
    });
    expect(get.status).toBe(405);
    expect(get.text).toMatch(/POST/);
    for (const answer of [badJson, form, get])
      expect(answer.text).not.toMatch(INTERNAL_TEXT);
  });

  it('answers 413 to a body over the limit and closes that connection, so the next request on the pool is answered at once', async () => {
    // As the fuzz tier found it: two refused bodies in a row, then a normal one.
    for (const size of [700_000, 400_000]) {
      const big = await post({ query: `{ me { sub } }${' '.repeat(size)}` });
      expect(big.status).toBe(413);
      expect(big.text).toMatch(/LIMIT_EXCEEDED/);
      // Reused, the connection would still hold the unread rest of the body
      // and stall the next request for seconds: the refusal closes it.
      expect(big.connection).toBe('close');
    }
    const after = await post({ query: '{ me { sub } }' });
    expect(after.status).toBe(200);
  });

  // The GraphQL-over-HTTP conformance audit (graphql-http). Every request
  // carries a caller's token and purpose, as any request here must; the audit
  // sets its own content type, accept header, method and body.
  it('passes every MUST of the graphql-http server audit', async () => {
    const audits = serverAudits({
      url: system.gatewayUrl,
      fetchFn: (input: string, init: RequestInit = {}) =>
        fetch(input, {
          ...init,
          headers: {
            ...(init.headers as Record<string, string> | undefined),
            authorization: `Bearer ${token}`,
            [PURPOSE_HEADER]: 'INTELLIGENCE_DEVELOPMENT',
            [JUSTIFICATION_HEADER]: 'GraphQL over HTTP conformance audit',
          },
        }),
    });
    const musts = audits.filter((audit) => audit.name.startsWith('MUST'));
    const results = [];
    for (const audit of musts) results.push(await audit.fn());
    const failed = results.flatMap((result) =>
      result.status === 'ok' ? [] : [`${result.name}: ${result.reason}`],
    );
    process.stdout.write(
      `graphql-http audit: ${results.length - failed.length} of ${musts.length} MUSTs pass (${audits.length} audits in all)\n`,
    );
    expect(musts.length).toBeGreaterThanOrEqual(10);
    expect(failed).toEqual([]);
  });

  it('refuses a 1.4 KB fragment bomb by its cost, unplanned, and keeps answering others', async () => {
    const query = createFragmentBomb({
      levels: 26,
      aliased: true,
      typeName: 'Nominal',
      leaf: 'id',
      operation: '{ nominal(id: "NOM-00001") { ... } }',
    });
    const bomb = await post({ query });
    expect(bomb.status).toBe(400);
    // Refused by the cost rule, so never planned (unlimited, planning it blocks
    // the gateway for minutes): the reason, not a stopwatch, shows it.
    expect(bomb.text).toMatch(/LIMIT_EXCEEDED/);
    expect(bomb.text).toMatch(/Query Cost limit of 20000 exceeded/);
    const after = await post({ query: '{ me { sub } }' });
    expect(after.status).toBe(200);
    expect(after.text).toMatch(/police-analyst/);
  });
});
