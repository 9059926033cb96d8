import { createServer, type Server } from 'node:http';
import {
  type AuditRecordInput,
  createSilentLogger,
  type AuditSink,
} from '@marsoc/platform';
import {
  createServiceObservability,
  readObservabilityConfig,
} from '@marsoc/platform/observability';
import { readBasePort } from '../e2e/readBasePort';
import { readSamples, valueOf } from './readMetrics';
import { scrape } from './startObservedSystem';

/** The metrics listener's port, and the one a plain service front listens on. */
const BASE_PORT = readBasePort('OBSERVABILITY_EXPOSURE_BASE_PORT', 16340, 2);
const TOKEN = 'scrape-token-0123456789abcdef';

function observe(env: Record<string, string>) {
  return createServiceObservability({
    config: readObservabilityConfig(env, 'police', BASE_PORT + 1),
    log: createSilentLogger(),
    continueIncomingTraces: true,
  });
}

/** A service front with nothing but the metrics route, as the services mount it. */
async function serveRoute(
  observability: ReturnType<typeof observe>,
): Promise<Server> {
  const server = createServer((request, response) => {
    observability.metricsRoute(request, response).then(
      (handled) => {
        if (!handled) response.writeHead(404).end('not found');
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) =>
    server.listen(BASE_PORT + 1, '127.0.0.1', resolve),
  );
  return server;
}

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => server.close(() => resolve()));

describe('where /metrics can be read', () => {
  it('serves the metrics port, behind the token when one is set, and closes it on stop', async () => {
    const observability = observe({
      METRICS_PORT: String(BASE_PORT),
      METRICS_TOKEN: TOKEN,
    });
    await observability.start('127.0.0.1');
    try {
      const url = `http://127.0.0.1:${BASE_PORT}`;
      expect((await scrape(url)).status).toBe(401);
      expect((await scrape(url, `${TOKEN}x`)).status).toBe(401);
      const scraped = await scrape(url, TOKEN);
      expect(scraped.status).toBe(200);
      expect(scraped.text).toContain('# TYPE marsoc_requests_total counter');
      expect(scraped.text).toContain('service="police"');
      expect((await fetch(`${url}/graphql`)).status).toBe(404);
    } finally {
      await observability.stop();
    }
    await expect(
      fetch(`http://127.0.0.1:${BASE_PORT}/metrics`),
    ).rejects.toThrow();
  });

  it('answers /metrics on the service port in development, and never in production without a token', async () => {
    const development = await serveRoute(observe({}));
    try {
      expect((await scrape(`http://127.0.0.1:${BASE_PORT + 1}`)).status).toBe(
        200,
      );
    } finally {
      await close(development);
    }
    for (const env of [
      { NODE_ENV: 'production', METRICS_PORT: '' },
      { NODE_ENV: 'production', METRICS_PORT: String(BASE_PORT) },
    ]) {
      const production = await serveRoute(observe(env));
      try {
        expect((await scrape(`http://127.0.0.1:${BASE_PORT + 1}`)).status).toBe(
          404,
        );
      } finally {
        await close(production);
      }
    }
    const withToken = await serveRoute(
      observe({ NODE_ENV: 'production', METRICS_TOKEN: TOKEN }),
    );
    try {
      const url = `http://127.0.0.1:${BASE_PORT + 1}`;
      expect((await scrape(url)).status).toBe(401);
      expect((await scrape(url, TOKEN)).status).toBe(200);
    } finally {
      await close(withToken);
    }
  });
});

describe('failures are counted and still fail', () => {
  it('counts a subgraph fetch that got no answer, by subgraph', async () => {
    const observability = observe({});
    const failure = new Error('connection refused');
    await expect(
      observability.observeFetch('hmpps', () => Promise.reject(failure)),
    ).rejects.toBe(failure);
    await expect(
      observability.observeFetch('police', () => Promise.resolve('answer')),
    ).resolves.toBe('answer');
    const samples = readSamples(await observability.metrics.render());
    expect(
      valueOf(samples, 'marsoc_subgraph_fetch_errors_total', {
        subgraph: 'hmpps',
      }),
    ).toBe(1);
    expect(
      valueOf(samples, 'marsoc_subgraph_fetch_errors_total', {
        subgraph: 'police',
      }),
    ).toBe(0);
    for (const [subgraph, outcome] of [
      ['police', 'ok'],
      ['hmpps', 'error'],
    ] as const)
      expect(
        valueOf(samples, 'marsoc_subgraph_fetch_duration_seconds_count', {
          subgraph,
          outcome,
        }),
      ).toBe(1);
  });

  it('counts an audit append that failed, and the caller still sees it fail', async () => {
    const observability = observe({});
    let fail = false;
    const sink: AuditSink = {
      append: (input: AuditRecordInput) =>
        fail
          ? Promise.reject(new Error('disk full'))
          : Promise.resolve({
              ...input,
              chainId: 'police',
              sequence: 1,
              previousHash: '',
              hash: '',
            }),
      close: () => Promise.resolve(),
    };
    const instrumented = observability.instrumentAuditSink(sink);
    const input = { requestId: 'r-1' } as AuditRecordInput;
    await instrumented.append(input);
    fail = true;
    await expect(instrumented.append(input)).rejects.toThrow('disk full');
    const samples = readSamples(await observability.metrics.render());
    expect(valueOf(samples, 'marsoc_audit_append_failures_total')).toBe(1);
    for (const outcome of ['ok', 'failed'])
      expect(
        valueOf(samples, 'marsoc_audit_append_duration_seconds_count', {
          outcome,
        }),
      ).toBe(1);
  });
});
