import { type Redis } from 'ioredis';
import { runAuditCommand } from '../cli/runAuditCommand';
import { createAuditSinkFromConfig } from '../createAuditSink';
import { readFileAuditLog } from '../reader';
import { createAuditRedisClient } from '../redisClient';
import { readRedisAuditLog } from '../redisReader';
import {
  createInput,
  createTemporaryDirectory,
  removeDirectory,
  silentLog,
} from './fixtures';
import {
  closeClient,
  createStreamKey,
  deleteStream,
  REDIS_URL,
  startRefusingRedis,
} from '../../testing';

describe('createAuditSinkFromConfig', () => {
  it('builds a file sink for kind "file"', async () => {
    const directory = await createTemporaryDirectory();
    try {
      const sink = await createAuditSinkFromConfig({
        kind: 'file',
        directory,
        service: 'police',
        log: silentLog,
      });
      await sink.append(createInput({ service: 'police' }));
      await sink.close();
      const [source] = await readFileAuditLog(directory);
      expect(source).toMatchObject({
        chainId: 'police',
        records: [{ sequence: 1 }],
      });
    } finally {
      await removeDirectory(directory);
    }
  });

  it('refuses kind "redis" with neither a url nor a client', async () => {
    await expect(
      createAuditSinkFromConfig({
        kind: 'redis',
        service: 'gateway',
        replicaId: 'a',
        log: silentLog,
      }),
    ).rejects.toThrow('needs a url or a redis client');
  });

  it('refuses to start when the Redis at its url is down', async () => {
    const down = await startRefusingRedis();
    try {
      await expect(
        createAuditSinkFromConfig({
          kind: 'redis',
          url: down.url,
          service: 'gateway',
          replicaId: 'a',
          streamKey: createStreamKey(),
          log: silentLog,
        }),
      ).rejects.toThrow('audit stream');
    } finally {
      await down.close();
    }
  });

  describe('against the real Redis', () => {
    let redis: Redis;
    let streamKey: string;

    beforeEach(() => {
      redis = createAuditRedisClient(REDIS_URL, silentLog);
      streamKey = createStreamKey();
    });

    afterEach(async () => {
      await deleteStream(redis, streamKey);
      await closeClient(redis);
    });

    it('builds a Redis sink that owns its client for kind "redis" with a url', async () => {
      const sink = await createAuditSinkFromConfig({
        kind: 'redis',
        url: REDIS_URL,
        service: 'gateway',
        replicaId: 'pod-1',
        streamKey,
        log: silentLog,
      });
      await sink.append(createInput());
      await sink.close();
      const [source] = await readRedisAuditLog(redis, streamKey);
      expect(source).toMatchObject({
        chainId: 'gateway:pod-1',
        records: [{ sequence: 1 }],
      });
    });

    it('lets npm run audit -- verify check the stream when AUDIT_SINK=redis', async () => {
      const sink = await createAuditSinkFromConfig({
        kind: 'redis',
        redis,
        service: 'gateway',
        replicaId: 'pod-1',
        streamKey,
        log: silentLog,
      });
      await sink.append(createInput());
      await sink.close();
      let out = '';
      const code = await runAuditCommand({
        args: ['verify'],
        env: { AUDIT_SINK: 'redis', REDIS_URL, AUDIT_STREAM_KEY: streamKey },
        projectRoot: '/nonexistent',
        out: (text) => {
          out += text;
        },
        err: () => undefined,
      });
      expect(code).toBe(0);
      expect(out).toContain(
        `ok      ${streamKey} chain gateway:pod-1: 1 record`,
      );
    });
  });
});
