import { randomUUID } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { createSilentLogger } from '../../logging/createLogger';
import { createRedisReplayGuard } from '../redisReplayGuard';
import { type ReplayGuard, ReplayGuardUnavailableError } from '../replayGuard';

/** Against the real Redis at REDIS_URL: never a mock (docs/architecture.md#tests). */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('the Redis replay guard (shared by replicas)', () => {
  const keyPrefix = `marsoc:caller-context:test-${randomUUID()}:`;
  const guards: ReplayGuard[] = [];
  let redis: Redis;
  const createGuard = (url = REDIS_URL, timeoutMs?: number): ReplayGuard => {
    const guard = createRedisReplayGuard({
      url,
      keyPrefix,
      log: createSilentLogger(),
      timeoutMs,
    });
    guards.push(guard);
    return guard;
  };

  beforeAll(() => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    await Promise.all(guards.map((guard) => guard.close()));
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('accepts an id on one replica and refuses it on every replica after', async () => {
    const first = createGuard();
    const second = createGuard();
    const expiresAt = Date.now() + 30_000;
    await expect(first.claim('jti-1', expiresAt)).resolves.toBe(true);
    await expect(second.claim('jti-1', expiresAt)).resolves.toBe(false);
    await expect(first.claim('jti-1', expiresAt)).resolves.toBe(false);
    await expect(second.claim('jti-2', expiresAt)).resolves.toBe(true);
  });

  it('lets only one of many simultaneous claims of the same id through', async () => {
    const replicas = [createGuard(), createGuard(), createGuard()];
    const expiresAt = Date.now() + 30_000;
    const answers = await Promise.all(
      replicas.flatMap((guard) =>
        [1, 2, 3].map(() => guard.claim('jti-race', expiresAt)),
      ),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it("keeps an id only for the context's remaining lifetime", async () => {
    const guard = createGuard();
    await guard.claim('jti-ttl', Date.now() + 20_000);
    const ttl = await redis.pttl(`${keyPrefix}jti-ttl`);
    expect(ttl).toBeGreaterThan(18_000);
    expect(ttl).toBeLessThanOrEqual(20_000);
  });

  it('refuses (rejects) rather than accepts when Redis is down', async () => {
    const guard = createGuard('redis://127.0.0.1:1', 500);
    await expect(guard.claim('jti-down', Date.now() + 30_000)).rejects.toThrow(
      ReplayGuardUnavailableError,
    );
  });

  it('refuses within its timeout when Redis accepts connections but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
    });
    await new Promise<void>((resolve) =>
      silent.listen(0, '127.0.0.1', resolve),
    );
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const guard = createGuard(`redis://127.0.0.1:${port}`, 300);
      const started = Date.now();
      await expect(
        guard.claim('jti-silent', Date.now() + 30_000),
      ).rejects.toThrow(ReplayGuardUnavailableError);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
