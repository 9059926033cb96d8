import { type Server } from 'node:http';
import { type BaseContext } from '@apollo/server';
import { type HttpServerOptions } from '../http';
import {
  createObservedHttpServer,
  type ServiceObservability,
} from '../observability';
import { stopOnSignals } from './lifecycle';

export interface ServeOptions<Context extends BaseContext> extends Omit<
  HttpServerOptions<Context>,
  'isReady'
> {
  port: number;
  host: string;
  /** Releases what the service holds (e.g. its audit sink) after the server has stopped. */
  release(): Promise<void>;
  /** Its metrics (`/metrics`), traces and access log; stopped after `release`. */
  observability?: ServiceObservability;
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
  const observability = options.observability;
  const server = createObservedHttpServer({ ...options, isReady: () => ready });
  // The metrics port first: a taken one stops the start before the service listens.
  await observability?.start(options.host);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  ready = true;
  const stop = async (): Promise<void> => {
    ready = false;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await options.apollo.stop();
    await options.release();
    await observability?.stop();
  };
  const forgetSignals = stopOnSignals(options.log, stop);
  stoppers.set(server, async () => {
    forgetSignals();
    server.closeIdleConnections();
    await stop();
  });
  return server;
}

const stoppers = new WeakMap<Server, () => Promise<void>>();

/**
 * Stops a service started in this process (a test's) as SIGTERM would, without
 * exiting: stops accepting, lets Apollo drain, releases what it holds.
 */
export async function stopServing(server: Server): Promise<void> {
  const stop = stoppers.get(server);
  if (stop === undefined)
    throw new Error('not a server serveUntilStopped started');
  stoppers.delete(server);
  await stop();
}
