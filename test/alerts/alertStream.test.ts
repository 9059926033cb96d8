import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDevelopmentIssuer,
  createHttpServer,
  createSilentLogger,
} from '@marsoc/platform';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { createAlertStreamRoute } from '@marsoc/gateway/alerts';
import { createTokenVerifier } from '@marsoc/gateway/auth';
import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from '../helpers/inProcessSupergraph';
import { callerOf, purposeOf } from '../helpers/personas';

/**
 * GET /alerts/stream through the real gateway (its Apollo server over the
 * in-process subgraphs): an alert raised by one person's write reaches
 * another's open stream without a reload (issue 13 point 5).
 */
const COHORT_MANAGEMENT = purposeOf(
  'COHORT_MANAGEMENT',
  'Watching the North West cohort for alerts',
);
const NOMINAL = 'NOM-00350';

let system: InProcessSupergraph;
let server: Server;
let base: string;
let issueToken: (persona: string) => Promise<string>;
let dataDirectory: string;

beforeAll(async () => {
  dataDirectory = mkdtempSync(join(tmpdir(), 'marsoc-alert-stream-'));
  const issuer = await createDevelopmentIssuer({ dataDirectory });
  const tokens = createTokenVerifier({
    kind: 'publicKey',
    key: issuer.publicKey,
    issuer: issuer.issuer,
    audience: issuer.audience,
  });
  issueToken = (persona) => issuer.issueToken(callerOf(persona));
  system = await createInProcessSupergraph();
  const log = createSilentLogger();
  server = createHttpServer({
    apollo: system.gateway,
    createContext: () =>
      Promise.reject(new Error('only the alert stream is mounted')),
    isReady: () => true,
    log,
    routes: [
      createAlertStreamRoute({
        apollo: system.gateway,
        verifyCaller: (authorization) => tokens.verify(authorization),
        log,
        pollMs: 100,
      }),
    ],
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the kernel picks a free port.
    server.listen(0, '127.0.0.1', resolve);
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await system.stop();
  rmSync(dataDirectory, { recursive: true, force: true });
});

async function openStream(persona: string, signal: AbortSignal) {
  return fetch(`${base}/alerts/stream`, {
    headers: {
      authorization: `Bearer ${await issueToken(persona)}`,
      [PURPOSE_HEADER]: COHORT_MANAGEMENT.purpose,
      [JUSTIFICATION_HEADER]: COHORT_MANAGEMENT.justification,
    },
    signal,
  });
}

/** Reads server-sent events until one satisfies `wanted`; returns it. */
async function waitForEvent(
  body: ReadableStream<Uint8Array>,
  wanted: (event: { event: string; data: unknown }) => boolean,
): Promise<{ event: string; data: unknown }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done)
        throw new Error(`the stream ended before the event: ${buffered}`);
      buffered += decoder.decode(value, { stream: true });
      let end = buffered.indexOf('\n\n');
      while (end !== -1) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        end = buffered.indexOf('\n\n');
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event === undefined || data === undefined) continue;
        const parsed = { event, data: JSON.parse(data) as unknown };
        if (wanted(parsed)) return parsed;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

describe('the alert stream (GET /alerts/stream)', () => {
  it('refuses a caller without a token with 401, as /graphql does', async () => {
    const response = await fetch(`${base}/alerts/stream`, {
      headers: {
        [PURPOSE_HEADER]: COHORT_MANAGEMENT.purpose,
        [JUSTIFICATION_HEADER]: COHORT_MANAGEMENT.justification,
      },
    });
    expect(response.status).toBe(401);
    await response.arrayBuffer();
  });

  it('delivers a nomination’s alert to the open stream of the region’s lead at once', async () => {
    const abort = new AbortController();
    const stream = await openStream('regional-lead', abort.signal);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    if (stream.body === null) throw new Error('no stream body');
    const arrived = waitForEvent(
      stream.body,
      (event) =>
        event.event === 'alert' && JSON.stringify(event.data).includes(NOMINAL),
    );
    const nominated = await system.query(
      callerOf('police-analyst'),
      COHORT_MANAGEMENT,
      `mutation ($input: CohortNominationInput!) { nominateForCohort(input: $input) { nominationId } }`,
      {
        input: {
          nominalId: NOMINAL,
          region: 'NORTH_WEST',
          cycle: 9,
          supervisionStatus: 'NONE',
          mandatoryCriteriaMet: ['HIGHEST_HARM'],
        },
      },
    );
    expect(nominated.errors).toBeUndefined();
    const event = await arrived;
    expect(event.data).toMatchObject({
      kind: 'NOMINATION',
      read: false,
      region: 'NORTH_WEST',
      nominal: { id: NOMINAL },
    });
    abort.abort();
  });
});
