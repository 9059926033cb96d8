import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendSupergraphProbe } from '@marsoc/gateway/testing';
import {
  createDevelopmentIssuer,
  loadPersonas,
} from '@marsoc/platform/identity';
import { SUBGRAPHS } from '@marsoc/schema';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import { readBasePort } from '../e2e/readBasePort';
import {
  type GatewayProcess,
  startGatewayProcess,
} from './startGatewayProcess';

// Issue 15 point 5: a changed supergraph file, or SIGHUP, is validated and
// swapped in without a restart; an invalid one is refused and the old one
// kept, with a log line. The gateway runs as its own process (a real signal,
// a real file watch); APMIS is a stand-in on this test's port that answers
// `me` and search, and can hold an answer back. Ports: two gateways, the
// stand-in, four subgraph URLs nothing listens on.
const BASE = readBasePort('SUPERGRAPH_RELOAD_BASE_PORT', 17100, 7);
const COMMITTED = readFileSync(
  join(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
  'utf8',
);
const RELOADED = 'supergraph reloaded';
const REFUSED =
  'supergraph refused; the gateway keeps serving the previous one';
const PROBE_QUERY =
  '{ __type(name: "ReloadProbe") { description fields { name } } }';
const ME_FIELD = '  me: CallerProfile @join__field(graph: APMIS)';

interface RunningGateway extends GatewayProcess {
  url: string;
  /** A police analyst's token from this gateway's development issuer. */
  token: string;
  supergraphPath: string;
  dataDirectory: string;
}

const directories: string[] = [];
const gateways: GatewayProcess[] = [];
let apmis: ReturnType<typeof startApmisStandIn>;
let watching: RunningGateway;
let signalled: RunningGateway;

/** APMIS as the gateway sees it: answers at once unless told to hold the next answer. */
function startApmisStandIn(port: number) {
  let held: { arrived(): void; release?: () => void } | undefined;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { query } = JSON.parse(body) as { query: string };
      const data = query.includes('searchNominals')
        ? { searchNominals: null }
        : { me: { name: 'Stand-in caller' } };
      const answer = () =>
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data }));
      const hold = held;
      held = undefined;
      if (!hold) {
        answer();
        return;
      }
      hold.release = answer;
      hold.arrived();
    });
  });
  const listening = new Promise<void>((resolve) =>
    server.listen(port, '127.0.0.1', resolve),
  );
  return {
    listening,
    /** Holds the next answer; resolves with its release once the fetch arrived. */
    holdNext(): Promise<() => void> {
      return new Promise((resolve) => {
        const hold: { arrived(): void; release?: () => void } = {
          arrived: () => resolve(() => hold.release?.()),
        };
        held = hold;
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function startReloadingGateway(
  port: number,
  env: Record<string, string> = {},
): Promise<RunningGateway> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'marsoc-reload-'));
  directories.push(dataDirectory);
  const supergraphPath = join(dataDirectory, 'supergraph.graphql');
  writeFileSync(supergraphPath, COMMITTED);
  const urls = Object.fromEntries(
    SUBGRAPHS.map(({ name }, index) => [
      `${name.toUpperCase()}_URL`,
      `http://127.0.0.1:${name === 'apmis' ? BASE + 2 : BASE + 3 + index}/graphql`,
    ]),
  );
  const gateway = await startGatewayProcess({
    ...urls,
    ...env,
    DATA_DIR: dataDirectory,
    HOST: '127.0.0.1',
    GATEWAY_PORT: String(port),
    SUPERGRAPH_PATH: supergraphPath,
  });
  gateways.push(gateway);
  const issuer = await createDevelopmentIssuer({ dataDirectory });
  const analyst = loadPersonas().get('police-analyst');
  if (!analyst) throw new Error('no police-analyst persona');
  return {
    ...gateway,
    token: await issuer.issueToken(analyst.caller),
    url: `http://127.0.0.1:${port}`,
    supergraphPath,
    dataDirectory,
  };
}

async function ask(
  gateway: RunningGateway,
  query: string,
  purpose?: string,
): Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${gateway.token}`,
  };
  if (purpose) {
    headers[PURPOSE_HEADER] = purpose;
    headers[JUSTIFICATION_HEADER] = 'Trying a supergraph reload';
  }
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string }[];
  };
}

async function readConsoleMarking(
  gateway: RunningGateway,
  coordinate: string,
): Promise<unknown> {
  const response = await fetch(`${gateway.url}/console/config`);
  const config = (await response.json()) as {
    markings: Record<string, { classification: string }>;
  };
  return config.markings[coordinate]?.classification;
}

/** Writes the gateway's supergraph file and waits for what the gateway says of it. */
async function rewrite(
  gateway: RunningGateway,
  text: string,
  expected: string,
): Promise<Record<string, unknown>> {
  const from = gateway.log.lines.length;
  writeFileSync(gateway.supergraphPath, text);
  const line = await Promise.race([
    gateway.log.next(RELOADED, from),
    gateway.log.next(REFUSED, from),
  ]);
  expect(line).toMatchObject({ msg: expected });
  return line;
}

beforeAll(async () => {
  apmis = startApmisStandIn(BASE + 2);
  await apmis.listening;
  [watching, signalled] = await Promise.all([
    startReloadingGateway(BASE),
    startReloadingGateway(BASE + 1, { SUPERGRAPH_WATCH: 'false' }),
  ]);
}, 180_000);

afterAll(async () => {
  // First: a held answer would keep a gateway draining.
  await apmis?.close();
  await Promise.all(gateways.map((gateway) => gateway.stop()));
  for (const directory of directories)
    rmSync(directory, { recursive: true, force: true });
});

describe('supergraph reload (gateway process, its file and SIGHUP)', () => {
  it('swaps in a changed file without a restart: the schema, the console markings and the audit version', async () => {
    expect((await ask(watching, PROBE_QUERY)).data?.__type).toBeNull();
    expect(await readConsoleMarking(watching, 'ReloadProbe.note')).toBe(
      undefined,
    );
    const changed = appendSupergraphProbe(COMMITTED);
    const line = await rewrite(watching, changed, RELOADED);
    expect(line).toMatchObject({
      trigger: 'file',
      version: createHash('sha256').update(changed).digest('hex'),
    });
    expect((await ask(watching, PROBE_QUERY)).data?.__type).toEqual({
      description: 'Added to try a supergraph reload.',
      fields: [{ name: 'note' }],
    });
    expect(await readConsoleMarking(watching, 'ReloadProbe.note')).toBe(
      'SECRET',
    );
    // The gateway's own audit record names the supergraph it served.
    const search = await ask(
      watching,
      '{ searchNominals(name: "Florian Mudlark") { candidates { score } } }',
      'INTELLIGENCE_DEVELOPMENT',
    );
    expect(search.errors).toBeUndefined();
    const records = readFileSync(
      join(watching.dataDirectory, 'audit-gateway.jsonl'),
      'utf8',
    )
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text) as { supergraphVersion: string });
    expect(records.at(-1)?.supergraphVersion).toBe(line.version);
    expect(watching.process.exitCode).toBeNull();
  }, 120_000);

  it.each([
    [
      'a marking it cannot read',
      { classification: 'HUSH' },
      'ReloadProbe.note',
    ],
    [
      'a field of a type nothing defines',
      { fieldType: 'Missing' },
      'Unknown type Missing',
    ],
  ])(
    'refuses %s, keeps serving the previous supergraph and logs why',
    async (_case, probe, reason) => {
      const line = await rewrite(
        watching,
        appendSupergraphProbe(COMMITTED, probe),
        REFUSED,
      );
      expect(line).toMatchObject({ level: 40, trigger: 'file' });
      expect(String(line.reason)).toContain(reason);
      expect((await ask(watching, PROBE_QUERY)).data?.__type).toMatchObject({
        fields: [{ name: 'note' }],
      });
      expect(await readConsoleMarking(watching, 'ReloadProbe.note')).toBe(
        'SECRET',
      );
    },
    120_000,
  );

  it('finishes an operation already executing on the supergraph it started with', async () => {
    expect(COMMITTED).toContain(ME_FIELD);
    const held = apmis.holdNext();
    const answer = ask(watching, '{ me { name } }');
    const release = await held;
    await rewrite(
      watching,
      COMMITTED.replace(ME_FIELD, ME_FIELD.replace('me:', 'whoAmI:')),
      RELOADED,
    );
    release();
    expect(await answer).toEqual({ data: { me: { name: 'Stand-in caller' } } });
    // A new operation meets the new supergraph, which has no `me`.
    expect((await ask(watching, '{ me { name } }')).errors?.[0]?.message).toBe(
      'Cannot query field "me" on type "Query".',
    );
  }, 120_000);

  it('reloads on SIGHUP, with file watching turned off', async () => {
    writeFileSync(signalled.supergraphPath, appendSupergraphProbe(COMMITTED));
    const from = signalled.log.lines.length;
    signalled.process.kill('SIGHUP');
    expect(await signalled.log.next(RELOADED, from)).toMatchObject({
      trigger: 'SIGHUP',
    });
    expect((await ask(signalled, PROBE_QUERY)).data?.__type).toMatchObject({
      fields: [{ name: 'note' }],
    });
    expect(signalled.process.exitCode).toBeNull();
  }, 120_000);
});
