import { Agent, request } from 'node:http';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';
import {
  type LoadShape,
  type Measurement,
  summariseLatencies,
} from './Measurement';

/** One subgraph fetch of the query plan, as the gateway sent it. */
export interface FloorFetch {
  subgraph: string;
  url: string;
  body: string;
}

/** The plan's fetches in its order: `first` together, then `then` together. */
export interface FloorPlan {
  first: readonly FloorFetch[];
  then: readonly FloorFetch[];
}

/** Signs a fresh caller context for one fetch (each is accepted once). */
export type SignFetch = (subgraph: string, body: string) => Promise<string>;

/**
 * The floor: what a client calling the subgraphs itself, with the fetches the
 * query plan makes and a fresh caller context on each, would see. `connections`
 * operations run at once, each timed from its first fetch to its last answer.
 */
export async function measureFloor(
  plan: FloorPlan,
  headerFor: SignFetch,
  shape: LoadShape,
): Promise<Measurement> {
  const agent = new Agent({ keepAlive: true, maxSockets: shape.connections });
  // As in measureHttp: what the previous measurement left in flight finishes first.
  await new Promise((resolve) => setTimeout(resolve, 250));
  try {
    if (shape.warmupSeconds > 0)
      await drive(
        plan,
        headerFor,
        agent,
        shape.connections,
        shape.warmupSeconds,
      );
    const { latencies, failures } = await drive(
      plan,
      headerFor,
      agent,
      shape.connections,
      shape.durationSeconds,
    );
    return summariseLatencies(
      latencies,
      failures,
      shape.durationSeconds,
      shape.connections,
    );
  } finally {
    agent.destroy();
  }
}

async function drive(
  plan: FloorPlan,
  headerFor: SignFetch,
  agent: Agent,
  connections: number,
  seconds: number,
): Promise<{ latencies: number[]; failures: number }> {
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const latencies: number[] = [];
  let failures = 0;
  const payloads = new Map(
    [...plan.first, ...plan.then].map((fetch) => [
      fetch,
      Buffer.from(fetch.body),
    ]),
  );
  const send = async (fetch: FloorFetch): Promise<boolean> =>
    post(
      agent,
      fetch.url,
      payloads.get(fetch) ?? Buffer.from(fetch.body),
      await headerFor(fetch.subgraph, fetch.body),
    );
  const loop = async (): Promise<void> => {
    while (process.hrtime.bigint() < deadline) {
      const started = process.hrtime.bigint();
      const first = await Promise.all(plan.first.map(send));
      const then = await Promise.all(plan.then.map(send));
      const ended = process.hrtime.bigint();
      // As autocannon does, count only what completed inside the window.
      if (ended > deadline) break;
      if ([...first, ...then].every(Boolean))
        latencies.push(Number(ended - started) / 1e6);
      else failures += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return { latencies, failures };
}

/** POSTs one fetch; true when the subgraph answered 2xx (the body is read and dropped). */
function post(
  agent: Agent,
  url: string,
  body: Buffer,
  callerContext: string,
): Promise<boolean> {
  return new Promise((resolve) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          [CALLER_CONTEXT_HEADER]: callerContext,
        },
      },
      (response) => {
        response.on('data', () => undefined);
        response.on('end', () =>
          resolve(
            (response.statusCode ?? 0) >= 200 &&
              (response.statusCode ?? 0) < 300,
          ),
        );
        response.on('error', () => resolve(false));
      },
    );
    outgoing.on('error', () => resolve(false));
    outgoing.end(body);
  });
}
