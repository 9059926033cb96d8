import { type Role } from '@marsoc/schema';
import { allowanceOf, type BreadthLimit } from '../createBreadthLimit';
import { LimitsUnavailableError } from '../limitErrors';
import { DEFAULT_NOMINALS_PER_HOUR } from '../readLimitsConfig';
import {
  createLimitsTestKit,
  type LimitsTestKit,
  withRedisDown,
} from './limitsTestKit';

const HOUR = 3_600_000;
/** 10:15:00 on a given day: 45 minutes (2,700 s) before the window ends. */
const NOW = Date.parse('2026-03-02T10:15:00.000Z');
const PER_HOUR = { ...DEFAULT_NOMINALS_PER_HOUR, ANALYST: 3, AUDITOR: 5 };
const analyst = { sub: 'analyst-1', roles: ['ANALYST'] as Role[] };
const ids = (...numbers: number[]) =>
  numbers.map((n) => `NOM-${String(n).padStart(5, '0')}`);

describe.each(['memory', 'redis'] as const)(
  'the breadth limit counted in %s',
  (kind) => {
    let kit: LimitsTestKit;
    let limit: BreadthLimit;
    beforeEach(() => {
      kit = createLimitsTestKit();
      limit = kit
        .open(kind)
        .createBreadthLimit({ windowMs: HOUR, perWindow: PER_HOUR });
    });
    afterEach(() => kit.cleanUp());

    it('admits distinct nominals up to the role allowance, re-opening free, and refuses past it until the hour ends', async () => {
      expect(await limit.admit(analyst, ids(1, 2), NOW)).toEqual({
        allowed: true,
      });
      expect(await limit.admit(analyst, ids(2, 1, 3), NOW)).toEqual({
        allowed: true,
      });
      expect(await limit.admit(analyst, ids(1, 2, 3, 3), NOW + 1)).toEqual({
        allowed: true,
      });
      expect(await limit.admit(analyst, ids(4), NOW + 1000)).toEqual({
        allowed: false,
        retryAfterSeconds: 2699,
      });
      expect(await limit.admit(analyst, ids(4), NOW + 45 * 60_000)).toEqual({
        allowed: true,
      });
    });

    it('counts nothing for a refused answer: all of it or none', async () => {
      expect((await limit.admit(analyst, ids(1, 2), NOW)).allowed).toBe(true);
      expect((await limit.admit(analyst, ids(3, 4), NOW)).allowed).toBe(false);
      expect((await limit.admit(analyst, ids(4), NOW)).allowed).toBe(true);
      expect((await limit.admit(analyst, ids(3), NOW)).allowed).toBe(false);
    });

    it("keeps each caller's count apart and gives the larger allowance of a caller's roles", async () => {
      const both = { sub: 'both-1', roles: ['ANALYST', 'AUDITOR'] as Role[] };
      expect((await limit.admit(analyst, ids(1, 2, 3), NOW)).allowed).toBe(
        true,
      );
      expect((await limit.admit(both, ids(1, 2, 3, 4, 5), NOW)).allowed).toBe(
        true,
      );
      expect((await limit.admit(both, ids(6), NOW)).allowed).toBe(false);
      expect(
        (await limit.admit({ sub: 'other', roles: ['ANALYST'] }, ids(9), NOW))
          .allowed,
      ).toBe(true);
    });

    it('opens nothing for an answer without nominals (aggregates)', async () => {
      for (let count = 0; count < 10; count += 1)
        expect((await limit.admit(analyst, [], NOW)).allowed).toBe(true);
      expect((await limit.admit(analyst, ids(1, 2, 3), NOW)).allowed).toBe(
        true,
      );
    });
  },
);

describe('the breadth limit shared by replicas through Redis', () => {
  let kit: LimitsTestKit;
  beforeEach(() => {
    kit = createLimitsTestKit();
  });
  afterEach(() => kit.cleanUp());

  it('holds across two stores: one allowance, and exactly the allowance when both admit at once', async () => {
    const [first, second] = [kit.open('redis'), kit.open('redis')].map(
      (store) =>
        store.createBreadthLimit({ windowMs: HOUR, perWindow: PER_HOUR }),
    );
    if (!first || !second) throw new Error('two stores');
    expect((await first.admit(analyst, ids(1), NOW)).allowed).toBe(true);
    expect((await second.admit(analyst, ids(1, 2), NOW)).allowed).toBe(true);
    const raced = await Promise.all(
      [10, 11, 12, 13, 14, 15].map((n, index) =>
        (index % 2 === 0 ? first : second).admit(analyst, ids(n), NOW),
      ),
    );
    expect(raced.filter((decision) => decision.allowed)).toHaveLength(1);
  });
});

describe('the breadth limit when Redis is down', () => {
  it('refuses (LimitsUnavailableError) rather than admit uncounted', () =>
    withRedisDown(async (store) => {
      const limit = store.createBreadthLimit({
        windowMs: HOUR,
        perWindow: PER_HOUR,
      });
      await expect(limit.admit(analyst, ids(1), NOW)).rejects.toBeInstanceOf(
        LimitsUnavailableError,
      );
    }));
});

describe('allowanceOf', () => {
  it('gives the largest of the roles, and the smallest configured to a caller with none', () => {
    expect(allowanceOf(['ANALYST', 'AUDITOR'], PER_HOUR)).toBe(5);
    expect(allowanceOf([], PER_HOUR)).toBe(3);
  });
});
