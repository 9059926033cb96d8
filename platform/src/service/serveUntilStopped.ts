import { type Server } from 'node:http';
import { type BaseContext } from '@apollo/server';
import { createHttpServer, type HttpServerOptions } from '../http';
import { stopOnSignals } from './lifecycle';

export interface ServeOptions<Context extends BaseContext> extends Omit<
  HttpServerOptions<Context>,
  'isReady'
> {
  port: number;
  host: string;
  /** Releases what the service holds (e.g. its audit sink) after the server has stopped. */
  release(): Promise<void>;
}

/**
 * Serves a started Apollo Server over HTTP: ready only once listening, not
 * ready from the moment a stop begins, and on SIGTERM or SIGINT it stops
 * accepting, lets Apollo drain, then releases the rest.
 */
export async function serveUntilStopped<Context extends BaseContext>(
  options: ServeOptions<Context>,
): Promise<Server> {
  let ready = false;
  const server = createHttpServer({ ...options, isReady: () => ready });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  ready = true;
  stopOnSignals(options.log, async () => {
    ready = false;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await options.apollo.stop();
    await options.release();
  });
  return server;
}
