import { createInMemorySearchRateLimiter } from '../SearchRateLimiter';

describe('the in-memory search rate limiter', () => {
  const START = Date.parse('2024-01-31T12:00:00Z');

  it('allows 30 searches at once, refuses the 31st, and gives one back every two seconds', async () => {
    const limiter = createInMemorySearchRateLimiter();
    for (let count = 0; count < 30; count += 1)
      expect(await limiter.tryTake('analyst', START)).toBe(true);
    expect(await limiter.tryTake('analyst', START)).toBe(false);
    expect(await limiter.tryTake('analyst', START + 1_999)).toBe(false);
    expect(await limiter.tryTake('analyst', START + 2_000)).toBe(true);
    expect(await limiter.tryTake('analyst', START + 2_000)).toBe(false);
  });

  it('takes nothing for a refused attempt, so hammering does not push recovery back', async () => {
    const limiter = createInMemorySearchRateLimiter({ perMinute: 1 });
    expect(await limiter.tryTake('analyst', START)).toBe(true);
    for (let second = 1; second < 60; second += 1)
      expect(await limiter.tryTake('analyst', START + second * 1000)).toBe(
        false,
      );
    expect(await limiter.tryTake('analyst', START + 60_000)).toBe(true);
  });

  it("keeps each caller's allowance apart", async () => {
    const limiter = createInMemorySearchRateLimiter({ perMinute: 1 });
    expect(await limiter.tryTake('first', START)).toBe(true);
    expect(await limiter.tryTake('first', START)).toBe(false);
    expect(await limiter.tryTake('second', START)).toBe(true);
  });

  it('forgets callers whose allowance is full again once it tracks too many', async () => {
    const limiter = createInMemorySearchRateLimiter({
      perMinute: 1,
      maxTrackedCallers: 2,
    });
    expect(await limiter.tryTake('first', START)).toBe(true);
    expect(await limiter.tryTake('second', START)).toBe(true);
    // A minute on, both are full again and may be forgotten; the limit still holds.
    expect(await limiter.tryTake('third', START + 60_000)).toBe(true);
    expect(await limiter.tryTake('third', START + 60_000)).toBe(false);
    expect(await limiter.tryTake('first', START + 60_000)).toBe(true);
  });
});
