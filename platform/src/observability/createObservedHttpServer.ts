import { type Server } from 'node:http';
import { type BaseContext } from '@apollo/server';
import { createHttpServer, type HttpServerOptions } from '../http';
import { type ServiceObservability } from './createServiceObservability';

/**
 * The service's HTTP front with its observability: `/metrics` first among the
 * routes (a 404 where it may not be read) and every request observed from
 * the moment it arrives. Every service (and the tests that stand in for one)
 * builds its front here, so what is measured is what runs.
 */
export function createObservedHttpServer<Context extends BaseContext>(
  options: HttpServerOptions<Context> & {
    observability?: ServiceObservability;
  },
): Server {
  const { observability } = options;
  const server = createHttpServer({
    ...options,
    routes: observability
      ? [observability.metricsRoute, ...(options.routes ?? [])]
      : options.routes,
  });
  observability?.attach(server);
  return server;
}
