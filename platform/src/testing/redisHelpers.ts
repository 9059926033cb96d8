import { randomUUID } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { type Redis } from 'ioredis';

/** The real Redis the tests run against: Redis behaviour is never mocked. */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A stream key no other test (or run) uses. */
export function createStreamKey(): string {
  return `marsoc:audit:test:${randomUUID()}`;
}

/** Closes a test's client whether or not it ever connected. */
export async function closeClient(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    await client.quit();
  } else {
    client.disconnect();
  }
}

/** Deletes a test stream and every chain head beside it. */
export async function deleteStream(
  redis: Redis,
  streamKey: string,
): Promise<void> {
  const heads: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(
      cursor,
      'MATCH',
      `${streamKey}:head:*`,
      'COUNT',
      500,
    );
    cursor = next;
    heads.push(...keys);
  } while (cursor !== '0');
  await redis.del(streamKey, ...heads);
}

export interface RedisProxy {
  url: string;
  /** Stops listening and cuts every connection, as a failed network would. */
  cut(): Promise<void>;
  /** Listens again on the same port: the server is back. */
  restore(): Promise<void>;
}

/** A TCP forwarder to the real Redis, so a test can take the server away mid-run. */
export async function startRedisProxy(): Promise<RedisProxy> {
  const target = new URL(REDIS_URL);
  const sockets = new Set<Socket>();
  const forward = (client: Socket): void => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  };
  let server: Server | undefined;
  const listen = async (port: number): Promise<number> => {
    const listening = createServer(forward);
    server = listening;
    await new Promise<void>((resolve) =>
      listening.listen(port, '127.0.0.1', resolve),
    );
    const address = listening.address();
    return typeof address === 'object' && address !== null
      ? address.port
      : port;
  };
  const port = await listen(0);
  return {
    url: `redis://127.0.0.1:${port}`,
    async cut() {
      const listening = server;
      server = undefined;
      if (listening === undefined) return;
      const closed = new Promise<void>((resolve) =>
        listening.close(() => resolve()),
      );
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    async restore() {
      await listen(port);
    },
  };
}
