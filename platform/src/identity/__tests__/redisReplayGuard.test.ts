import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createSilentLogger } from '../../logging/createLogger';
import { createRedisReplayGuard } from '../redisReplayGuard';
import { startRefusingRedis, startSilentRedis } from '../../testing';
import { type ReplayGuard, ReplayGuardUnavailableError } from '../replayGuard';

/** Against the real Redis at REDIS_URL: never a mock (docs/architecture.md#tests). */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('the Redis replay guard (shared by replicas)', () => {
  const keyPrefix = `marsoc:caller-context:test-${randomUUID()}:`;
  const guards: ReplayGuard[] = [];
  let redis: Redis;
  // A deadline no loaded machine reaches where the claim must succeed: after a
  // blocked event loop a due timer runs before a reply that came in time.
  const createGuard = (url = REDIS_URL, timeoutMs = 60_000): ReplayGuard => {
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
    const before = Date.now();
    await guard.claim('jti-ttl', before + 20_000);
    const ttl = await redis.pttl(`${keyPrefix}jti-ttl`);
    // The claim and the read each lost at most the time the test took, however
    // slow the machine: a bound from what elapsed, not a guess at it.
    const elapsed = Date.now() - before;
    expect(ttl).toBeGreaterThanOrEqual(20_000 - 2 * elapsed);
    expect(ttl).toBeLessThanOrEqual(20_000);
  });

  it('refuses (rejects) rather than accepts when Redis is down', async () => {
    const down = await startRefusingRedis();
    try {
      const guard = createGuard(down.url);
      await expect(
        guard.claim('jti-down', Date.now() + 30_000),
      ).rejects.toThrow(ReplayGuardUnavailableError);
    } finally {
      await down.close();
    }
  });

  it('refuses once its deadline passes when Redis accepts connections but never answers', async () => {
    const silent = await startSilentRedis();
    try {
      const guard = createGuard(silent.url, 50);
      await expect(
        guard.claim('jti-silent', Date.now() + 30_000),
      ).rejects.toMatchObject({
        constructor: ReplayGuardUnavailableError,
        originalError: {
          message: 'replay guard: Redis did not answer within 50 ms',
        },
      });
    } finally {
      await silent.close();
    }
  });
});
