import { createHash, timingSafeEqual } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { type HttpRoute, sendJson } from '../http';
import { type ServiceMetrics } from './createServiceMetrics';
import { type MetricsExposure } from './readObservabilityConfig';

export const METRICS_PATH = '/metrics';

/**
 * `/metrics` on the service's own port: answered only where the exposure
 * allows it (a token, or development without a metrics port), else left to
 * the service's 404, as if there were no such path.
 */
export function createMetricsRoute(
  metrics: ServiceMetrics,
  exposure: MetricsExposure,
): HttpRoute {
  return async (request, response) => {
    if (!exposure.onServicePort || readPath(request) !== METRICS_PATH)
      return false;
    await answerScrape(metrics, exposure.token, request, response);
    return true;
  };
}

/** The separate metrics listener (METRICS_PORT): `/metrics` and nothing else. */
export function createMetricsServer(
  metrics: ServiceMetrics,
  exposure: MetricsExposure,
): Server {
  return createServer((request, response) => {
    const answered =
      readPath(request) === METRICS_PATH
        ? answerScrape(metrics, exposure.token, request, response)
        : Promise.resolve(sendJson(response, 404, { error: 'not found' }));
    answered.catch(() => {
      if (!response.headersSent) sendJson(response, 500, { error: 'failed' });
      else response.destroy();
    });
  });
}

async function answerScrape(
  metrics: ServiceMetrics,
  token: string | undefined,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET') {
    response.setHeader('allow', 'GET');
    return sendJson(response, 405, { error: 'scrape metrics with GET' });
  }
  if (token !== undefined && !presentsToken(request, token)) {
    response.setHeader('www-authenticate', 'Bearer realm="metrics"');
    return sendJson(response, 401, { error: 'a metrics token is required' });
  }
  const text = await metrics.render();
  response.writeHead(200, {
    'content-type': metrics.registry.contentType,
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** Compares digests in constant time, so the comparison says nothing of the token. */
function presentsToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer (\S+)$/.exec(header);
  if (match === null) return false;
  return timingSafeEqual(digest(match[1] ?? ''), digest(token));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function readPath(request: IncomingMessage): string {
  return (request.url ?? '/').split('?')[0] ?? '/';
}
