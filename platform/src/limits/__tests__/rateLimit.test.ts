import { LimitsUnavailableError } from '../limitErrors';
import {
  createLimitsTestKit,
  type LimitsTestKit,
  withRedisDown,
} from './limitsTestKit';

const MINUTE = 60_000;
/** 12:00:15: 45 s before the minute ends. */
const NOW = Date.parse('2024-01-31T12:00:15.000Z');
const SEARCH = { name: 'search', points: 3, windowMs: MINUTE };

describe.each(['memory', 'redis'] as const)(
  'a rate limit counted in %s (rate-limiter-flexible)',
  (kind) => {
    let kit: LimitsTestKit;
    beforeEach(() => {
      kit = createLimitsTestKit();
    });
    afterEach(() => kit.cleanUp());

    it('allows the points in a clock minute, refuses the next with the seconds left, and starts afresh in the next minute', async () => {
      const limit = kit.open(kind).createRateLimit(SEARCH);
      for (let count = 0; count < 3; count += 1)
        expect(await limit.take('analyst', NOW + count)).toEqual({
          allowed: true,
        });
      expect(await limit.take('analyst', NOW + 500)).toEqual({
        allowed: false,
        retryAfterSeconds: 45,
      });
      expect(await limit.take('analyst', NOW + 44_999)).toEqual({
        allowed: false,
        retryAfterSeconds: 1,
      });
      expect(await limit.take('analyst', NOW + 45_000)).toEqual({
        allowed: true,
      });
    });

    it("keeps each subject's allowance its own", async () => {
      const limit = kit.open(kind).createRateLimit({ ...SEARCH, points: 1 });
      expect((await limit.take('first', NOW)).allowed).toBe(true);
      expect((await limit.take('first', NOW)).allowed).toBe(false);
      expect((await limit.take('second', NOW)).allowed).toBe(true);
    });
  },
);

describe('a rate limit shared by replicas through Redis', () => {
  let kit: LimitsTestKit;
  beforeEach(() => {
    kit = createLimitsTestKit();
  });
  afterEach(() => kit.cleanUp());

  it('gives a caller one allowance however many replicas answer them', async () => {
    const replicas = [kit.open('redis'), kit.open('redis')].map((store) =>
      store.createRateLimit(SEARCH),
    );
    const taken = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        replicas[index % 2]?.take('analyst', NOW),
      ),
    );
    expect(taken.filter((decision) => decision?.allowed)).toHaveLength(3);
  });

  it('in memory, by contrast, each process counts alone', async () => {
    const replicas = [kit.open('memory'), kit.open('memory')].map((store) =>
      store.createRateLimit({ ...SEARCH, points: 1 }),
    );
    expect((await replicas[0]?.take('analyst', NOW))?.allowed).toBe(true);
    expect((await replicas[1]?.take('analyst', NOW))?.allowed).toBe(true);
  });
});

describe('a rate limit when Redis is down', () => {
  it('refuses (LimitsUnavailableError) rather than let the search through uncounted', () =>
    withRedisDown(async (store) => {
      await expect(
        store.createRateLimit(SEARCH).take('analyst', NOW),
      ).rejects.toBeInstanceOf(LimitsUnavailableError);
    }));
});
