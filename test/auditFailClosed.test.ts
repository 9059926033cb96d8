import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AuditSink,
  createAuditRedisClient,
  createAuditSinkFromConfig,
  createFileAuditSink,
  createOwnerAuditPlugin,
  createSilentLogger,
} from '@marsoc/platform';
import {
  closeClient,
  createObservedFileSystem,
  createStreamKey,
  deleteStream,
  REDIS_URL,
  startRedisProxy,
  type RedisProxy,
} from '@marsoc/platform/testing';
import { loadRegister } from '@marsoc/schema/register';
import { createCombinationAuditPlugin } from '@marsoc/gateway';
import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';

// Fail closed (docs/audit-design.md#fail-closed; DPA 2018 s.62): an answer
// leaves only after its audit record is durable; if the record cannot be
// written, no data leaves.

const QUERY =
  '{ nominal(id: "NOM-00001") { id apmis { name } police { identity { pncId } } } }';
const log = createSilentLogger();
const registerVersion = loadRegister().version;

function expectNoNominalData(
  result: GatewayResult,
  valuesSeenBefore: string[],
): void {
  const bytes = JSON.stringify(result);
  for (const value of valuesSeenBefore) expect(bytes).not.toContain(value);
  expect(result.errors?.map((error) => error.extensions?.code)).toContain(
    'AUDIT_UNAVAILABLE',
  );
}

function valuesOf(result: GatewayResult): string[] {
  const nominal = (
    result.data as {
      nominal: {
        apmis: { name: string };
        police: { identity: { pncId: string } };
      };
    }
  ).nominal;
  return [nominal.apmis.name, nominal.police.identity.pncId];
}

describe('no data leaves when an owner cannot write its audit record (file sink)', () => {
  let directory: string;
  let sink: AuditSink;
  let system: InProcessSupergraph;
  const fileSystem = createObservedFileSystem();

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'audit-fail-closed-'));
    sink = await createFileAuditSink({
      directory,
      service: 'owners',
      log,
      fileSystem,
    });
    system = await createInProcessSupergraph({
      subgraphPlugins: [
        createOwnerAuditPlugin({
          sink,
          service: 'owners',
          registerVersion,
          log,
        }),
      ],
    });
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
    // Left open, the log's file handle is closed by the garbage collector,
    // with a warning (DEP0137), at some later moment.
    await sink?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers while records are durable, then withholds everything once the disk fails', async () => {
    const caller = callerOf('police-analyst');
    const purpose = purposeOf('INTELLIGENCE_DEVELOPMENT');
    const before = await system.query(caller, purpose, QUERY);
    expect(before.errors).toBeUndefined();
    const values = valuesOf(before);
    fileSystem.failNextSync();
    expectNoNominalData(await system.query(caller, purpose, QUERY), values);
    // After a failed fsync the chain is closed for good: still nothing leaves.
    expectNoNominalData(await system.query(caller, purpose, QUERY), values);
  });
});

describe('no data leaves when the gateway cannot write its combination record (Redis sink)', () => {
  const streamKey = createStreamKey();
  let proxy: RedisProxy;
  let sink: AuditSink;
  let system: InProcessSupergraph;

  beforeAll(async () => {
    // The real Redis behind a proxy of its own (port 0), so the test can take
    // the server away without a fixed port or a server process to kill.
    proxy = await startRedisProxy();
    sink = await createAuditSinkFromConfig({
      kind: 'redis',
      url: proxy.url,
      service: 'gateway',
      replicaId: 'fail-closed-test',
      streamKey,
      // After a blocked event loop a due timer runs before a reply that came
      // in time: the answers that must succeed get a deadline no load reaches.
      // The refusal below comes from the lost connection, not from this.
      timeoutMs: 60_000,
      log,
    });
    system = await createInProcessSupergraph({
      gatewayPlugins: [
        createCombinationAuditPlugin(sink, registerVersion, log),
      ],
    });
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
    await sink?.close().catch(() => undefined);
    await proxy?.cut();
    const redis = createAuditRedisClient(REDIS_URL, log);
    try {
      await deleteStream(redis, streamKey);
    } finally {
      await closeClient(redis);
    }
  });

  it('answers while Redis acknowledges, then withholds everything once the server is gone', async () => {
    const caller = callerOf('police-analyst');
    const purpose = purposeOf('INTELLIGENCE_DEVELOPMENT');
    const before = await system.query(caller, purpose, QUERY);
    expect(before.errors).toBeUndefined();
    const values = valuesOf(before);
    await proxy.cut();
    expectNoNominalData(await system.query(caller, purpose, QUERY), values);
  });
});
