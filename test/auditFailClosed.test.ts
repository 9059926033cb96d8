import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AuditSink,
  createAuditSinkFromConfig,
  createFileAuditSink,
  createOwnerAuditPlugin,
  createSilentLogger,
} from '@marsoc/platform';
import { createObservedFileSystem } from '@marsoc/platform/testing';
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
  let system: InProcessSupergraph;
  const fileSystem = createObservedFileSystem();

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'audit-fail-closed-'));
    const sink = await createFileAuditSink({
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
    await system.stop();
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
  const port = 6391;
  let redis: ChildProcess;
  let sink: AuditSink;
  let system: InProcessSupergraph;

  beforeAll(async () => {
    redis = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { stdio: 'ignore' },
    );
    sink = await connectWhenUp(() =>
      createAuditSinkFromConfig({
        kind: 'redis',
        url: `redis://127.0.0.1:${port}`,
        service: 'gateway',
        replicaId: 'fail-closed-test',
        log,
      }),
    );
    system = await createInProcessSupergraph({
      gatewayPlugins: [
        createCombinationAuditPlugin(sink, registerVersion, log),
      ],
    });
  }, 120_000);
  afterAll(async () => {
    redis.kill('SIGKILL');
    await system.stop();
    await sink.close().catch(() => undefined);
  });

  it('answers while Redis acknowledges, then withholds everything once the server is gone', async () => {
    const caller = callerOf('police-analyst');
    const purpose = purposeOf('INTELLIGENCE_DEVELOPMENT');
    const before = await system.query(caller, purpose, QUERY);
    expect(before.errors).toBeUndefined();
    const values = valuesOf(before);
    await new Promise<void>((resolve) => {
      redis.once('exit', () => resolve());
      redis.kill('SIGKILL');
    });
    const started = Date.now();
    expectNoNominalData(await system.query(caller, purpose, QUERY), values);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);
});

async function connectWhenUp<T>(connect: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await connect();
    } catch (error) {
      if (attempt > 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
