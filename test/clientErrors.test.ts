import { HeaderMap } from '@apollo/server';
import { COHORT_PROFILE_QUERY } from '@marsoc/bench/queries';
import { createFragmentBomb } from '@marsoc/gateway/testing';
import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';

/** Text that would tell a caller about the server's insides. */
const INTERNAL_TEXT =
  /Maximum call stack|RangeError|TypeError|stack|\bat \S+ \(|node_modules|\/work\/|\.ts:\d+|Internal server error/i;

interface Answer {
  status: number;
  codes: string[];
  messages: string[];
  text: string;
}

describe('client mistakes answered 4xx with a clear message, never 500', () => {
  let system: InProcessSupergraph;
  beforeAll(async () => {
    system = await createInProcessSupergraph();
  });
  afterAll(() => system.stop());

  const send = async (body: unknown, method = 'POST'): Promise<Answer> => {
    const headers = new HeaderMap();
    headers.set('content-type', 'application/json');
    const response = await system.gateway.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: '', body },
      context: () =>
        Promise.resolve({
          caller: callerOf('police-analyst'),
          purpose: purposeOf('INTELLIGENCE_DEVELOPMENT'),
          requestId: 'client-errors',
          disclosures: [],
        }),
    });
    if (response.body.kind !== 'complete') throw new Error('chunked answer');
    const text = response.body.string;
    const errors = (
      JSON.parse(text) as {
        errors?: { message: string; extensions?: { code?: string } }[];
      }
    ).errors;
    return {
      status: response.status ?? 200,
      codes: (errors ?? []).map((error) => String(error.extensions?.code)),
      messages: (errors ?? []).map((error) => error.message),
      text,
    };
  };
  const expectClientError = (answer: Answer, code: string, message: RegExp) => {
    expect(answer.status).toBe(400);
    expect(answer.codes).toContain(code);
    expect(answer.messages.join('\n')).toMatch(message);
    expect(answer.text).not.toMatch(INTERNAL_TEXT);
  };

  it('refuses a subscription as a bad request', async () => {
    expectClientError(
      await send({ query: 'subscription { me { sub } }' }),
      'BAD_REQUEST',
      /Subscriptions are not supported/,
    );
  });

  it('asks which operation to run when there are several and no operationName', async () => {
    expectClientError(
      await send({ query: 'query A { me { sub } } query B { me { name } }' }),
      'OPERATION_RESOLUTION_FAILURE',
      /holds 2 operations; name the one to run in `operationName`/,
    );
  });

  it('says so when operationName names no operation in the document', async () => {
    expectClientError(
      await send({ query: 'query A { me { sub } }', operationName: 'B' }),
      'OPERATION_RESOLUTION_FAILURE',
      /No operation in the document has the name given/,
    );
  });

  it('still runs the named one of several operations', async () => {
    const answer = await send({
      query: 'query A { me { sub } } query B { me { name } }',
      operationName: 'A',
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('dev-0001-police-analyst');
  });

  it.each([
    ['a missing query', {}, 'BAD_REQUEST', /non-empty `query`|no keys/],
    ['a batch', [{ query: '{ me { sub } }' }], 'BAD_REQUEST', /batching/],
    ['a query that is not a string', { query: 3 }, 'BAD_REQUEST', /strings/],
    [
      'variables that are not an object',
      { query: '{ me { sub } }', variables: 3 },
      'BAD_REQUEST',
      /must be an object/,
    ],
    [
      'a variable of the wrong type',
      {
        query: 'query ($id: ID!) { nominal(id: $id) { id } }',
        variables: { id: { a: 1 } },
      },
      'BAD_USER_INPUT',
      /ID cannot represent/,
    ],
    [
      'a missing required variable',
      { query: 'query ($id: ID!) { nominal(id: $id) { id } }' },
      'BAD_USER_INPUT',
      /\$id/,
    ],
    [
      'a syntax error',
      { query: '{ me { sub }' },
      'GRAPHQL_PARSE_FAILED',
      /Syntax Error/,
    ],
    [
      'an unknown field',
      { query: '{ me { nope } }' },
      'GRAPHQL_VALIDATION_FAILED',
      /Cannot query field "nope"/,
    ],
  ])('answers %s with 400', async (_label, body, code, message) => {
    expectClientError(await send(body), code, message);
  });

  it('answers a mutation sent by GET with 405', async () => {
    const headers = new HeaderMap();
    const response = await system.gateway.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'GET',
        headers,
        search: `query=${encodeURIComponent('mutation { recordNotPutForward(input: {}) { status } }')}`,
        body: undefined,
      },
      context: () =>
        Promise.resolve({
          caller: callerOf('police-analyst'),
          requestId: 'client-errors',
          disclosures: [],
        }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe('documents whose cost is exponential or whose nesting is deep', () => {
  let system: InProcessSupergraph;
  beforeAll(async () => {
    system = await createInProcessSupergraph();
  });
  afterAll(() => system.stop());

  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const result = await system.query(
      callerOf('police-analyst'),
      purposeOf('INTELLIGENCE_DEVELOPMENT'),
      query,
      variables,
    );
    return { result, text: JSON.stringify(result) };
  };

  it.each([false, true])(
    'refuses a 1.4 KB fragment bomb (aliased: %s) before planning, with LIMIT_EXCEEDED',
    async (aliased) => {
      const query = createFragmentBomb({
        levels: 26,
        aliased,
        typeName: 'Nominal',
        leaf: 'id',
        operation: '{ nominal(id: "NOM-00001") { ... } }',
      });
      expect(query.length).toBeGreaterThan(1000);
      expect(query.length).toBeLessThan(1800);
      const { result, text } = await ask(query);
      expect(result.data).toBeUndefined();
      expect(result.errors?.map((error) => error.extensions?.code)).toContain(
        'LIMIT_EXCEEDED',
      );
      expect(text).toMatch(/Query Cost limit of 20000 exceeded/);
      // Refused by the cost rule, it never reaches planning (minutes when
      // unlimited): the test's timeout is the backstop, not a stopwatch here.
      expect(text).not.toMatch(INTERNAL_TEXT);
    },
  );

  it.each([
    ['fields', `{ ${'a { '.repeat(5000)}b${' }'.repeat(5001)}`],
    [
      'lists',
      `{ nominal(id: ${'['.repeat(5000)}"x"${']'.repeat(5000)}) { id } }`,
    ],
    [
      'objects',
      `{ nominal(id: ${'{a: '.repeat(5000)}"x"${'}'.repeat(5000)}) { id } }`,
    ],
    [
      'inline fragments',
      `{ ${'... on Query { '.repeat(5000)}me { sub }${' }'.repeat(5001)}`,
    ],
  ])(
    'refuses a document nested 5,000 deep in %s at the parser',
    async (_kind, query) => {
      const { result, text } = await ask(query);
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(result.errors?.[0]?.message).toMatch(/more that 1000 tokens/);
      expect(text).not.toMatch(INTERNAL_TEXT);
    },
  );

  it('refuses variables nested 5,000 deep as bad user input', async () => {
    let ids: unknown = 'NOM-00001';
    for (let level = 0; level < 5000; level += 1) ids = [ids];
    const { result, text } = await ask(
      'query ($ids: [ID!]!) { nominals(ids: $ids) { id } }',
      { ids },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(text).not.toMatch(INTERNAL_TEXT);
  });

  it('still answers the bench picture for 100 nominals at once', async () => {
    const ids = Array.from(
      { length: 100 },
      (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
    );
    const { result } = await ask(COHORT_PROFILE_QUERY, { ids });
    expect(
      (result.errors ?? []).filter(
        (error) => error.extensions?.code === 'LIMIT_EXCEEDED',
      ),
    ).toEqual([]);
    expect(result.data?.nominals).toHaveLength(100);
  });
});
