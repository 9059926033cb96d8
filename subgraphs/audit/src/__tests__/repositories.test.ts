import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import {
  createRedisAuditSink,
  createSilentLogger,
  readAuditConfig,
} from '@marsoc/platform';
import { readAuditLogSource } from '../config';
import { createFileAuditLogRepository } from '../repository/createFileAuditLogRepository';
import { createRedisAuditLogRepository } from '../repository/createRedisAuditLogRepository';
import {
  access,
  createTemporaryDirectory,
  POLICE_ANALYST,
  PRISON_INTEL,
  removeDirectory,
  writeAuditLog,
} from './auditLogFixtures';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('the file audit log repository', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await createTemporaryDirectory();
  });
  afterEach(() => removeDirectory(directory));

  it("reads every service's chain in the data directory", async () => {
    await writeAuditLog(directory, [
      access(POLICE_ANALYST, { requestId: 'req-a', service: 'gateway' }),
      access(POLICE_ANALYST, { requestId: 'req-a', service: 'police' }),
      access(PRISON_INTEL, { requestId: 'req-b', service: 'hmpps' }),
    ]);
    const records = await createFileAuditLogRepository(directory).readRecords();
    expect(
      records.map((record) => [record.chainId, record.requestId]).sort(),
    ).toEqual([
      ['gateway', 'req-a'],
      ['hmpps', 'req-b'],
      ['police', 'req-a'],
    ]);
  });

  it('still reads the whole records before a torn last line', async () => {
    await writeAuditLog(directory, [access(POLICE_ANALYST, {})]);
    await appendFile(join(directory, 'audit-gateway.jsonl'), '{"time":"20');
    const records = await createFileAuditLogRepository(directory).readRecords();
    expect(records.map((record) => record.requestId)).toEqual(['req-0001']);
  });

  it('refuses (rather than answering "nobody") when the log directory is missing', async () => {
    await expect(
      createFileAuditLogRepository(join(directory, 'missing')).readRecords(),
    ).rejects.toThrow('no audit log directory');
  });
});

/** Against the real Redis at REDIS_URL (docs/architecture.md#tests: never a mock). */
describe('the Redis audit log repository', () => {
  const streamKey = `marsoc:audit:test:subgraph-audit:${process.pid}:${Date.now()}`;
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    const heads = await redis.keys(`${streamKey}:head:*`);
    await redis.del(streamKey, ...heads);
    await redis.quit();
  });

  it('reads every replica chain of the shared stream', async () => {
    for (const replicaId of ['one', 'two']) {
      const sink = await createRedisAuditSink({
        redis,
        service: 'police',
        replicaId,
        streamKey,
        log: createSilentLogger(),
      });
      await sink.append(
        access(POLICE_ANALYST, {
          service: 'police',
          requestId: `req-${replicaId}`,
        }),
      );
      await sink.close();
    }
    const records = await createRedisAuditLogRepository(
      redis,
      streamKey,
    ).readRecords();
    expect(records.map((record) => record.requestId).sort()).toEqual([
      'req-one',
      'req-two',
    ]);
  });
});

describe('readAuditLogSource', () => {
  it('reads the data directory by default, as every file sink writes it', () => {
    expect(readAuditLogSource({}, '/data')).toEqual({
      kind: 'file',
      directory: '/data',
    });
  });

  it("reads the stream every Redis sink writes, from the sinks' own settings", () => {
    const env = { AUDIT_SINK: 'redis', REDIS_URL: 'redis://audit-redis:6379' };
    const sink = readAuditConfig(env, 'police', '/data');
    expect(sink.kind).toBe('redis');
    expect(readAuditLogSource(env, '/data')).toEqual({
      kind: 'redis',
      url: 'redis://audit-redis:6379',
      streamKey: 'marsoc:audit',
    });
  });

  it('refuses a bad setting, naming the variable', () => {
    expect(() => readAuditLogSource({ AUDIT_SINK: 'off' }, '/data')).toThrow(
      'AUDIT_SINK',
    );
    expect(() =>
      readAuditLogSource(
        { AUDIT_SINK: 'redis', REDIS_URL: 'http://x' },
        '/data',
      ),
    ).toThrow('REDIS_URL');
  });
});
