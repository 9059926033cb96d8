import { createServer, type Socket } from 'node:net';

/** A local TCP server standing in for a Redis that cannot be used. */
export interface UnreachableRedis {
  url: string;
  close(): Promise<void>;
}

/**
 * A Redis that is down: every connection is closed the moment it opens, so a
 * client fails at once and a test waits on that failure, never on a clock. A
 * port of its own (never a fixed one another run might hold, as 6390 was).
 */
export function startRefusingRedis(): Promise<UnreachableRedis> {
  return startServer((socket) => socket.destroy());
}

/**
 * A Redis that accepts connections and never answers, as a hung server or a
 * black-holed network would: only the caller's own deadline ends the wait.
 */
export function startSilentRedis(): Promise<UnreachableRedis> {
  return startServer(() => undefined);
}

async function startServer(
  onConnection: (socket: Socket) => void,
): Promise<UnreachableRedis> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
    onConnection(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('a TCP server listening on port 0 has a port');
  return {
    url: `redis://127.0.0.1:${address.port}`,
    async close() {
      const closed = new Promise<void>((resolve) =>
        server.close(() => resolve()),
      );
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
