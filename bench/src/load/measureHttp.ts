import autocannon from 'autocannon';
import {
  type LoadShape,
  type Measurement,
  summariseLatencies,
} from './Measurement';

/** One GraphQL POST, sent over and over. */
export interface HttpSubject {
  url: string;
  body: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * Drives `subject` with autocannon: a warm-up that is thrown away, then the
 * measured window. Latencies are taken from autocannon's per-response event,
 * which carries sub-millisecond times (its own histogram keeps whole ms).
 */
export async function measureHttp(
  subject: HttpSubject,
  shape: LoadShape,
): Promise<Measurement> {
  await settle();
  if (shape.warmupSeconds > 0)
    await drive(
      subject,
      shape.connections,
      shape.warmupSeconds,
      () => undefined,
    );
  const latencies: number[] = [];
  let failed = 0;
  const result = await drive(
    subject,
    shape.connections,
    shape.durationSeconds,
    (status, milliseconds) => {
      if (status >= 200 && status < 300) latencies.push(milliseconds);
      else failed += 1;
    },
  );
  const failures = failed + result.errors + result.timeouts;
  return summariseLatencies(
    latencies,
    failures,
    shape.durationSeconds,
    shape.connections,
  );
}

// Operations the previous measurement left in flight finish before this one starts.
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 250));
}

function drive(
  subject: HttpSubject,
  connections: number,
  seconds: number,
  onResponse: (status: number, milliseconds: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: subject.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...subject.headers },
        body: subject.body,
        connections,
        duration: seconds,
        timeout: 30,
      },
      (error: unknown, result) =>
        error ? reject(toError(error)) : resolve(result),
    );
    instance.on('response', (_client, status, _bytes, milliseconds) =>
      onResponse(status, milliseconds),
    );
  });
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
