import { connect } from 'node:net';
import { type FuzzCase } from './FuzzCase';

/** What came back, as bytes and timing; `failure` when nothing usable did. */
export interface FuzzResponse {
  status: number;
  contentType: string;
  body: string;
  milliseconds: number;
  failure?: string;
}

/** Past this the request is abandoned; anything over 2 s already fails. */
const ABANDON_AFTER_MS = 15_000;

/** Sends one case to `port` on 127.0.0.1 and times it to the last byte. */
export async function sendCase(
  fuzzCase: FuzzCase,
  port: number,
): Promise<FuzzResponse> {
  const started = performance.now();
  try {
    const answer =
      fuzzCase.raw === undefined
        ? await sendWithFetch(fuzzCase, port)
        : await sendRaw(fuzzCase.raw, port);
    return { ...answer, milliseconds: performance.now() - started };
  } catch (error) {
    return {
      status: 0,
      contentType: '',
      body: '',
      milliseconds: performance.now() - started,
      failure: describeFailure(error),
    };
  }
}

async function sendWithFetch(
  fuzzCase: FuzzCase,
  port: number,
): Promise<Omit<FuzzResponse, 'milliseconds'>> {
  const response = await fetch(`http://127.0.0.1:${port}${fuzzCase.path}`, {
    method: fuzzCase.method,
    headers: asWireHeaders(fuzzCase.headers),
    // A copy on its own ArrayBuffer, the body type fetch's typings accept.
    body:
      typeof fuzzCase.body === 'string' || fuzzCase.body === undefined
        ? fuzzCase.body
        : new Uint8Array(fuzzCase.body),
    signal: AbortSignal.timeout(ABANDON_AFTER_MS),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
}

/**
 * fetch sends header values as bytes 0-255; text beyond Latin-1 goes as its
 * UTF-8 bytes, as a real client would send it.
 */
function asWireHeaders(
  headers: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      [...value].some((character) => character.charCodeAt(0) > 0xff)
        ? Buffer.from(value, 'utf8').toString('latin1')
        : value,
    ]),
  );
}

/** Writes the bytes as given over a fresh connection and reads to its close. */
function sendRaw(
  request: string,
  port: number,
): Promise<Omit<FuzzResponse, 'milliseconds'>> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(ABANDON_AFTER_MS, () =>
      socket.destroy(new Error('no answer before the connection timed out')),
    );
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      try {
        resolve(parseRawResponse(Buffer.concat(chunks).toString('latin1')));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    // Not end(): node:http may drop a half-closed connection before it answers.
    // Every raw request says Connection: close, so the server closes it.
    socket.write(Buffer.from(request, 'latin1'));
  });
}

function parseRawResponse(text: string): Omit<FuzzResponse, 'milliseconds'> {
  // Skip interim answers such as 100 Continue; judge the final one.
  while (/^HTTP\/1\.[01] 1\d\d /.test(text) && text.includes('\r\n\r\n'))
    text = text.slice(text.indexOf('\r\n\r\n') + 4);
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd < 0)
    throw new Error(`no HTTP response: ${JSON.stringify(text.slice(0, 80))}`);
  const [statusLine = '', ...headerLines] = text
    .slice(0, headEnd)
    .split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers = new Map(
    headerLines.map((line) => {
      const colon = line.indexOf(':');
      return [
        line.slice(0, colon).trim().toLowerCase(),
        line.slice(colon + 1).trim(),
      ];
    }),
  );
  let body = text.slice(headEnd + 4);
  if (headers.get('transfer-encoding')?.toLowerCase() === 'chunked') {
    body = decodeChunked(body);
  }
  return {
    status,
    contentType: headers.get('content-type') ?? '',
    body: Buffer.from(body, 'latin1').toString('utf8'),
  };
}

function decodeChunked(text: string): string {
  let decoded = '';
  let at = 0;
  for (;;) {
    const lineEnd = text.indexOf('\r\n', at);
    if (lineEnd < 0) return decoded;
    const size = parseInt(text.slice(at, lineEnd), 16);
    if (!Number.isFinite(size) || size === 0) return decoded;
    decoded += text.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

/** fetch hides the socket's own error in `cause`: name both. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
