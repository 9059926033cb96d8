import { Agent, createServer, request } from 'node:http';
import { findFreePort } from '../process/findFreePort';

/** One request that passed through a counting proxy. */
export interface CapturedFetch {
  subgraph: string;
  /** The GraphQL request body the gateway sent. */
  body: string;
  /** When it arrived (process.hrtime.bigint()). */
  arrivedAt: bigint;
}

export interface CountingProxy {
  subgraph: string;
  /** Point a gateway here instead of at the subgraph. */
  url: string;
  captured: CapturedFetch[];
  close(): Promise<void>;
}

/**
 * A transparent HTTP proxy in front of one subgraph that records every request
 * (body and arrival), so the harness can count the fetches a gateway makes per
 * operation and replay the query plan's own fetches as the floor.
 */
export async function startCountingProxy(
  subgraph: string,
  target: string,
): Promise<CountingProxy> {
  const port = await findFreePort();
  const agent = new Agent({ keepAlive: true });
  const captured: CapturedFetch[] = [];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      captured.push({
        subgraph,
        body: body.toString('utf8'),
        arrivedAt: process.hrtime.bigint(),
      });
      const forwarded = request(
        target,
        { method: incoming.method, headers: incoming.headers, agent },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on('error', () => {
        outgoing.writeHead(502);
        outgoing.end();
      });
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(port, '127.0.0.1', resolve),
  );
  return {
    subgraph,
    url: `http://127.0.0.1:${port}/graphql`,
    captured,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
