import {
  createServer,
  type IncomingMessage,
  request,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * What stands in front of a subgraph's replicas in a deployment (a
 * Kubernetes Service, a load balancer): each request goes to the next
 * replica in turn, on a connection of its own. A replica that refuses the
 * connection (it is gone) is skipped, which is safe: nothing reached it. A
 * request that reached a replica which then died is answered 502, never sent
 * again, since a write may have happened there.
 */
export async function startRoundRobinProxy(
  port: number,
  backends: readonly string[],
): Promise<RoundRobinProxy> {
  let next = 0;
  const forward = (
    incoming: IncomingMessage,
    body: Buffer,
    answer: ServerResponse,
    first: number,
    tried: number,
  ): void => {
    if (tried === backends.length) {
      answer.writeHead(502).end('no replica answered');
      return;
    }
    // Each request goes round the replicas from its own first one.
    const backend = new URL(backends[(first + tried) % backends.length] ?? '');
    const outgoing = request(
      {
        host: backend.hostname,
        port: backend.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, connection: 'close' },
        agent: false,
      },
      (response) => {
        answer.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(answer);
        response.on('error', () => answer.destroy());
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED')
        forward(incoming, body, answer, first, tried + 1);
      else if (!answer.headersSent)
        answer.writeHead(502).end('the replica failed');
      else answer.destroy();
    });
    outgoing.end(body);
  };
  const server = createServer((incoming, answer) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const first = next;
      next += 1;
      forward(incoming, Buffer.concat(chunks), answer, first, 0);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
