import { randomUUID } from 'node:crypto';
import { createSilentLogger } from '@marsoc/platform';
import { openLimitsStore } from '@marsoc/platform/limits';
import { deleteKeysWithPrefix, REDIS_URL } from '@marsoc/platform/testing';
import {
  createInMemorySearchRateLimiter,
  createSearchRateLimiter,
} from '../SearchRateLimiter';

const START = Date.parse('2024-01-31T12:00:00Z');

describe('the search rate limiter', () => {
  it('allows 30 searches in a clock minute, refuses the 31st until the minute ends, then allows 30 more', async () => {
    const limiter = createInMemorySearchRateLimiter();
    expect(limiter.perMinute).toBe(30);
    for (let count = 0; count < 30; count += 1)
      expect(await limiter.tryTake('analyst', START + count * 1000)).toEqual({
        allowed: true,
      });
    expect(await limiter.tryTake('analyst', START + 30_000)).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
    });
    expect(await limiter.tryTake('analyst', START + 59_999)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    for (let count = 0; count < 30; count += 1)
      expect((await limiter.tryTake('analyst', START + 60_000)).allowed).toBe(
        true,
      );
    expect((await limiter.tryTake('analyst', START + 60_000)).allowed).toBe(
      false,
    );
  });

  it("keeps each caller's allowance their own", async () => {
    const limiter = createInMemorySearchRateLimiter({ perMinute: 1 });
    expect((await limiter.tryTake('first', START)).allowed).toBe(true);
    expect((await limiter.tryTake('first', START)).allowed).toBe(false);
    expect((await limiter.tryTake('second', START)).allowed).toBe(true);
  });

  it('is one allowance for every APMIS replica counting in the same Redis', async () => {
    const keyPrefix = `marsoc:limits:test:${randomUUID()}:`;
    const stores = [1, 2].map(() =>
      openLimitsStore({
        redisUrl: REDIS_URL,
        keyPrefix,
        log: createSilentLogger(),
        timeoutMs: 30_000,
      }),
    );
    try {
      const [first, second] = stores.map((store) =>
        createSearchRateLimiter(store, 2),
      );
      expect((await first?.tryTake('analyst', START))?.allowed).toBe(true);
      expect((await second?.tryTake('analyst', START))?.allowed).toBe(true);
      expect(await first?.tryTake('analyst', START)).toEqual({
        allowed: false,
        retryAfterSeconds: 60,
      });
      expect((await second?.tryTake('analyst', START))?.allowed).toBe(false);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await deleteKeysWithPrefix(keyPrefix);
    }
  });
});
