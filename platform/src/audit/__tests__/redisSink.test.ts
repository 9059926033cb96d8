import { once } from 'node:events';
import { type Redis } from 'ioredis';
import { createAuditRedisClient } from '../redisClient';
import { readRedisAuditLog } from '../redisReader';
import { createRedisAuditSink } from '../redisSink';
import { verifyAuditLog } from '../verifyAuditLog';
import { createInput, createInputs, silentLog } from './fixtures';
import {
  closeClient,
  createStreamKey,
  deleteStream,
  REDIS_URL,
  startRedisProxy,
  startRefusingRedis,
  startSilentRedis,
  type RedisProxy,
  type UnreachableRedis,
} from '../../testing';

/** Against the real Redis at REDIS_URL: never a mock (docs/architecture.md#tests). */
let redis: Redis;
let streamKey: string;
const clients: Redis[] = [];
const proxies: RedisProxy[] = [];
const unreachable: UnreachableRedis[] = [];

/**
 * The deadline of a sink that must succeed: one no loaded machine reaches.
 * After the event loop has been blocked, a due timer runs before the reply
 * that arrived in time is read, so a short deadline fails a healthy append.
 */
const UNHURRIED_MS = 60_000;

function createClient(url = REDIS_URL): Redis {
  const client = createAuditRedisClient(url, silentLog);
  clients.push(client);
  return client;
}

beforeEach(() => {
  redis = createClient();
  streamKey = createStreamKey();
});

afterEach(async () => {
  await deleteStream(redis, streamKey);
  await Promise.all(clients.splice(0).map(closeClient));
  await Promise.all(proxies.splice(0).map((proxy) => proxy.cut()));
  await Promise.all(unreachable.splice(0).map((server) => server.close()));
});

function openSink(replicaId: string, client = redis, timeoutMs = UNHURRIED_MS) {
  return createRedisAuditSink({
    redis: client,
    service: 'gateway',
    replicaId,
    streamKey,
    log: silentLog,
    timeoutMs,
  });
}

async function startUnreachable(
  start: () => Promise<UnreachableRedis>,
): Promise<UnreachableRedis> {
  const server = await start();
  unreachable.push(server);
  return server;
}

/** Resolves once the client has (re)connected: a test waits on the event, not a clock. */
async function connected(client: Redis): Promise<void> {
  if (client.status !== 'ready') await once(client, 'ready');
}

async function verifyStream() {
  return verifyAuditLog(await readRedisAuditLog(redis, streamKey));
}

describe('createRedisAuditSink', () => {
  it('appends acknowledged records that read back as a verifiable chain', async () => {
    const sink = await openSink('replica-a');
    const record = await sink.append(createInput());
    expect(record).toMatchObject({ chainId: 'gateway:replica-a', sequence: 1 });
    const report = await verifyStream();
    expect(report).toMatchObject({
      ok: true,
      chains: [
        { chainId: 'gateway:replica-a', result: { ok: true, count: 1 } },
      ],
    });
    await sink.close();
  });

  it('continues its chain from the stream when the replica starts again', async () => {
    const first = await openSink('replica-a');
    await Promise.all(createInputs(3).map((input) => first.append(input)));
    await first.close();
    const second = await openSink('replica-a');
    await expect(second.append(createInput())).resolves.toMatchObject({
      sequence: 4,
    });
    expect((await verifyStream()).ok).toBe(true);
  });

  it('keeps every chain verifiable while two replicas append concurrently', async () => {
    const [a, b] = await Promise.all([
      openSink('replica-a', createClient()),
      openSink('replica-b', createClient()),
    ]);
    await Promise.all([
      ...createInputs(100).map((input) => a.append(input)),
      ...createInputs(100).map((input) => b.append(input)),
    ]);
    const report = await verifyStream();
    expect(report.ok).toBe(true);
    expect(
      report.chains.map((chain) => [
        chain.chainId,
        chain.result.ok && chain.result.count,
      ]),
    ).toEqual([
      ['gateway:replica-a', 100],
      ['gateway:replica-b', 100],
    ]);
  });

  it('keeps one linear chain even when two processes are given the same replica id', async () => {
    const [first, second] = await Promise.all([
      openSink('replica-a', createClient()),
      openSink('replica-a', createClient()),
    ]);
    const records = await Promise.all(
      createInputs(60).map((input, index) =>
        (index % 2 === 0 ? first : second).append(input),
      ),
    );
    expect(new Set(records.map((record) => record.sequence)).size).toBe(60);
    expect(await verifyStream()).toMatchObject({
      ok: true,
      chains: [{ result: { count: 60 } }],
    });
  });

  it('detects records deleted from the end of a chain against its head key', async () => {
    const sink = await openSink('replica-a');
    await Promise.all(createInputs(3).map((input) => sink.append(input)));
    const [last] = await redis.xrevrange(streamKey, '+', '-', 'COUNT', 1);
    await redis.xdel(streamKey, (last as [string, string[]])[0]);
    expect((await verifyStream()).chains[0]?.result).toMatchObject({
      ok: false,
      sequence: 3,
      problem: 'HEAD_MISMATCH',
    });
  });

  it('refuses to start when Redis is down', async () => {
    const down = await startUnreachable(startRefusingRedis);
    await expect(openSink('replica-a', createClient(down.url))).rejects.toThrow(
      `audit stream ${streamKey}`,
    );
  });

  it('refuses to start once its deadline passes when Redis accepts but never answers', async () => {
    const silent = await startUnreachable(startSilentRedis);
    await expect(
      openSink('replica-a', createClient(silent.url), 50),
    ).rejects.toThrow(
      `audit stream ${streamKey}: Redis did not answer within 50 ms`,
    );
  });

  it('rejects an append when Redis goes away, and recovers when it returns', async () => {
    const proxy = await startRedisProxy();
    proxies.push(proxy);
    const client = createClient(proxy.url);
    const sink = await openSink('replica-a', client);
    await sink.append(createInput());
    await proxy.cut();
    // The unhurried deadline leaves the refusal to the client's own failure.
    await expect(
      sink.append(createInput({ requestId: 'req-0002' })),
    ).rejects.toThrow(`audit stream ${streamKey}`);
    await proxy.restore();
    await connected(client);
    await expect(
      sink.append(createInput({ requestId: 'req-0003' })),
    ).resolves.toMatchObject({
      chainId: 'gateway:replica-a',
    });
    expect((await verifyStream()).ok).toBe(true);
  });

  it('fails closed when the replicas it must wait for do not confirm', async () => {
    const sink = await createRedisAuditSink({
      redis,
      service: 'gateway',
      replicaId: 'replica-a',
      streamKey,
      log: silentLog,
      timeoutMs: UNHURRIED_MS,
      durability: { replicas: 1, timeoutMs: 100 },
    });
    await expect(sink.append(createInput())).rejects.toThrow(
      'not confirmed durable',
    );
  });

  it('refuses an input with an unexpected property before touching Redis', async () => {
    const sink = await openSink('replica-a');
    const smuggled = { ...createInput(), nominalName: 'John Smith' };
    await expect(sink.append(smuggled)).rejects.toThrow('input.nominalName');
    expect(await redis.exists(streamKey)).toBe(0);
  });
});
