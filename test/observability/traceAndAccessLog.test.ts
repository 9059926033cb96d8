import { createHash } from 'node:crypto';
import {
  createRecordingTracing,
  type ReadableSpan,
  SpanKind,
} from '@marsoc/platform/observability';
import { REQUEST_ID_HEADER } from '@marsoc/schema/wire';
import { readBasePort } from '../e2e/readBasePort';
import {
  ask,
  askPicture,
  type ObservedSystem,
  PICTURE,
  PICTURE_JUSTIFICATION,
  PICTURE_PURPOSE,
  startObservedSystem,
  SYSTEM_PORT_SPAN,
} from './startObservedSystem';

const BASE_PORT = readBasePort(
  'OBSERVABILITY_TRACE_BASE_PORT',
  16310,
  SYSTEM_PORT_SPAN,
);
const AGENCY_SUBGRAPHS = ['apmis', 'police', 'hmpps', 'ncahmrc'];

const recording = createRecordingTracing();
const lines: Record<string, unknown>[] = [];
let system: ObservedSystem;

beforeAll(async () => {
  system = await startObservedSystem(BASE_PORT, {
    tracing: (service) => recording.forService(`marsoc-${service}`),
    // Every service's log, the access log with it, recorded line by line.
    logDestination: {
      write: (line: string) => {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  });
}, 300_000);

afterAll(async () => {
  await system?.stop();
});

/** Waits on what the services report as each answer's last byte leaves them. */
async function waitFor<T>(read: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('never reported');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const serviceOf = (span: ReadableSpan): unknown =>
  span.resource.attributes['service.name'];
const parentOf = (span: ReadableSpan): string | undefined =>
  span.parentSpanContext?.spanId;

async function askAsAnalyst(
  headers: Record<string, string> = {},
): Promise<{ requestId: string; token: string }> {
  const answer = await askPicture(system, headers);
  expect(answer.status).toBe(200);
  const requestId = answer.headers.get(REQUEST_ID_HEADER);
  if (requestId === null) throw new Error('no request id');
  return { requestId, token: answer.token };
}

describe('a trace of one picture', () => {
  it('links the gateway span, a fetch span per subgraph and each subgraph span in one trace', async () => {
    const { requestId } = await askAsAnalyst();
    const spansOf = (): ReadableSpan[] =>
      recording
        .finishedSpans()
        .filter((span) => span.attributes['marsoc.request_id'] === requestId);
    // The four subgraphs' server spans end before the gateway's.
    const gateway = await waitFor(() =>
      spansOf().find(
        (span) =>
          serviceOf(span) === 'marsoc-gateway' && span.kind === SpanKind.SERVER,
      ),
    );
    const spans = await waitFor(() => {
      const found = spansOf();
      return found.filter((span) => span.kind === SpanKind.SERVER).length ===
        1 + AGENCY_SUBGRAPHS.length
        ? found
        : undefined;
    });
    const traceId = gateway.spanContext().traceId;
    expect(parentOf(gateway)).toBeUndefined();
    expect(gateway.attributes['http.route']).toBe('/graphql');
    expect(gateway.attributes['http.response.status_code']).toBe(200);

    const fetches = spans.filter((span) => span.kind === SpanKind.CLIENT);
    expect(
      fetches.map((span) => span.attributes['marsoc.subgraph']).sort(),
    ).toEqual([...AGENCY_SUBGRAPHS].sort());
    for (const fetch of fetches) {
      expect(fetch.spanContext().traceId).toBe(traceId);
      expect(parentOf(fetch)).toBe(gateway.spanContext().spanId);
      const subgraph = String(fetch.attributes['marsoc.subgraph']);
      const served = spans.filter(
        (span) =>
          serviceOf(span) === `marsoc-${subgraph}` &&
          span.kind === SpanKind.SERVER,
      );
      expect(served).toHaveLength(1);
      expect(served[0]?.spanContext().traceId).toBe(traceId);
      expect(parentOf(served[0] as ReadableSpan)).toBe(
        fetch.spanContext().spanId,
      );
    }
    // Each service's audit append, inside its own request's span.
    const appends = spans.filter((span) => span.name === 'audit append');
    expect(appends.length).toBeGreaterThanOrEqual(1 + AGENCY_SUBGRAPHS.length);
    const servers = new Set(
      spans
        .filter((span) => span.kind === SpanKind.SERVER)
        .map((span) => span.spanContext().spanId),
    );
    for (const append of appends) expect(servers).toContain(parentOf(append));

    // Ids, codes, names and hashes: never a value, a caller or a justification.
    const attributes = JSON.stringify(spans.map((span) => span.attributes));
    for (const value of [
      'NOM-00001',
      'MUDLARK',
      'Florian',
      PICTURE_JUSTIFICATION,
      'dev-',
    ])
      expect(attributes).not.toContain(value);
  });

  it('starts a trace of its own whatever traceparent a client sends', async () => {
    const clientTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    const { requestId } = await askAsAnalyst({
      traceparent: `00-${clientTrace}-00f067aa0ba902b7-01`,
    });
    const gateway = await waitFor(() =>
      recording
        .finishedSpans()
        .find(
          (span) =>
            span.attributes['marsoc.request_id'] === requestId &&
            serviceOf(span) === 'marsoc-gateway' &&
            span.kind === SpanKind.SERVER,
        ),
    );
    expect(gateway.spanContext().traceId).not.toBe(clientTrace);
    expect(parentOf(gateway)).toBeUndefined();
  });
});

describe('the access log', () => {
  const accessLines = (requestId: string): Record<string, unknown>[] =>
    lines.filter(
      (line) => line.log === 'access' && line.requestId === requestId,
    );

  it('writes one line per request in every service: who, why, which operation, how it went, never the token, variables or justification', async () => {
    const from = lines.length;
    const { requestId, token } = await askAsAnalyst();
    const written = await waitFor(() => {
      const found = accessLines(requestId);
      return found.length === 1 + AGENCY_SUBGRAPHS.length ? found : undefined;
    });
    const gateway = written.find((line) => line.service === 'gateway');
    expect(gateway).toMatchObject({
      msg: 'request',
      requestId,
      caller: {
        sub: expect.stringMatching(/^dev-/) as unknown,
        agency: 'POLICE',
      },
      purpose: PICTURE_PURPOSE,
      operationName: 'Picture',
      operationHash: createHash('sha256').update(PICTURE).digest('hex'),
      operationType: 'query',
      route: '/graphql',
      status: 200,
      outcome: 'partial',
      subgraphs: ['apmis', 'hmpps', 'ncahmrc', 'police'],
    });
    expect(typeof gateway?.durationMs).toBe('number');
    for (const subgraph of AGENCY_SUBGRAPHS)
      expect(written.find((line) => line.service === subgraph)).toMatchObject({
        requestId,
        caller: gateway?.caller as unknown,
        purpose: PICTURE_PURPOSE,
        status: 200,
        subgraphs: [],
      });
    // Nothing any service logged for the request holds the secret or the values.
    const logged = JSON.stringify(lines.slice(from));
    for (const value of [
      token,
      PICTURE_JUSTIFICATION,
      'NOM-00001',
      'MUDLARK',
      'Florian',
    ])
      expect(logged).not.toContain(value);
  });

  it('logs a refused token as unauthenticated, with no caller and without the token', async () => {
    const from = lines.length;
    const forged =
      'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJub2JvZHkifQ.bm90LWEtc2lnbmF0dXJl';
    const answer = await ask(system.gatewayUrl, '{ me { name } }', {
      token: forged,
    });
    expect(answer.status).toBe(401);
    const line = await waitFor(() =>
      lines
        .slice(from)
        .find((entry) => entry.log === 'access' && entry.status === 401),
    );
    expect(line).toMatchObject({
      service: 'gateway',
      requestId: null,
      caller: null,
      outcome: 'unauthenticated',
      route: '/graphql',
    });
    expect(JSON.stringify(lines.slice(from))).not.toContain(forged);
  });
});
