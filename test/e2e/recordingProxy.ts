import { createServer, type Server } from 'node:http';

/** One request as it passed through the proxy. */
export interface RecordedRequest {
  headers: Record<string, string>;
  body: string;
}

export interface RecordingProxy {
  url: string;
  recorded: RecordedRequest[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length']);

/**
 * A tiny HTTP proxy that forwards every POST to `target` unchanged and keeps a
 * copy of what was sent: it sees exactly what an eavesdropper between the
 * gateway and a subgraph would see.
 */
export async function startRecordingProxy(
  target: string,
  port: number,
): Promise<RecordingProxy> {
  const recorded: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string' && !HOP_BY_HOP.has(name))
          headers[name] = value;
      }
      recorded.push({ headers, body });
      fetch(target, { method: 'POST', headers, body })
        .then(async (answer) => {
          response.writeHead(answer.status, {
            'content-type':
              answer.headers.get('content-type') ?? 'application/json',
          });
          response.end(await answer.text());
        })
        .catch(() => {
          response.writeHead(502);
          response.end();
        });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    recorded,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
