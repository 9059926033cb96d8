import { createServer, type IncomingMessage, type Server } from 'node:http';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';
import { createSubgraphFetcher } from '../createSubgraphFetcher';

interface Received {
  method?: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let url: string;
const received: Received[] = [];
let connections = 0;
let answer: { status: number; type: string; body: string };

beforeAll(async () => {
  server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      received.push({
        method: incoming.method,
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      outgoing.writeHead(answer.status, { 'Content-Type': answer.type });
      outgoing.end(answer.body);
    });
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null)
    throw new Error('no port');
  url = `http://127.0.0.1:${address.port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
  connections = 0;
  answer = { status: 200, type: 'application/json', body: '{"data":{"a":1}}' };
});

describe('the subgraph fetcher', () => {
  it('sends the method, headers and body as given and reads the JSON answer', async () => {
    const fetcher = createSubgraphFetcher();
    const response = await fetcher(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CALLER_CONTEXT_HEADER]: 'c',
      },
      body: '{"query":"{ a }"}',
    });
    expect(received).toEqual([
      expect.objectContaining({
        method: 'POST',
        body: '{"query":"{ a }"}',
        headers: expect.objectContaining({ [CALLER_CONTEXT_HEADER]: 'c' }),
      }),
    ]);
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.url).toBe(url);
    expect(response.headers.get('CONTENT-TYPE')).toBe('application/json');
    await expect(response.json()).resolves.toEqual({ data: { a: 1 } });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(/already read/);
  });

  it('resolves an HTTP error as a response that is not ok, with its body', async () => {
    answer = { status: 401, type: 'text/plain', body: 'no context' };
    const response = await createSubgraphFetcher()(url, { method: 'POST' });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(401);
    expect(response.statusText).toBe('Unauthorized');
    await expect(response.text()).resolves.toBe('no context');
  });

  it('keeps the connection open for the next fetch', async () => {
    const fetcher = createSubgraphFetcher();
    for (let fetch = 0; fetch < 3; fetch += 1)
      await (await fetcher(url, { method: 'POST', body: '{}' })).text();
    expect(received).toHaveLength(3);
    expect(connections).toBe(1);
  });

  it('rejects when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) =>
      closed.listen(0, '127.0.0.1', resolve),
    );
    const address = closed.address();
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    if (typeof address !== 'object' || address === null)
      throw new Error('no port');
    await expect(
      createSubgraphFetcher()(`http://127.0.0.1:${address.port}/graphql`, {
        method: 'POST',
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
