import { createMemoryReplayGuard } from '../memoryReplayGuard';
import { ReplayGuardUnavailableError } from '../replayGuard';

describe('the in-memory replay guard', () => {
  let now = 1_000_000;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('accepts a context id once and refuses it for as long as it lives', async () => {
    const guard = createMemoryReplayGuard({ clock });
    await expect(guard.claim('a', now + 30_000)).resolves.toBe(true);
    await expect(guard.claim('a', now + 30_000)).resolves.toBe(false);
    now += 29_999;
    await expect(guard.claim('a', now + 30_000)).resolves.toBe(false);
    await expect(guard.claim('b', now + 30_000)).resolves.toBe(true);
  });

  it('forgets an id once it has expired, as the verifier refuses it by then anyway', async () => {
    const guard = createMemoryReplayGuard({ clock });
    await guard.claim('a', now + 1000);
    now += 1000;
    await expect(guard.claim('a', now + 1000)).resolves.toBe(true);
  });

  it('makes room by dropping expired ids, even ones behind a live one', async () => {
    const guard = createMemoryReplayGuard({ clock, maxEntries: 3 });
    await guard.claim('long', now + 60_000);
    await guard.claim('short-1', now + 1000);
    await guard.claim('short-2', now + 1000);
    now += 1000;
    await expect(guard.claim('new-1', now + 1000)).resolves.toBe(true);
    await expect(guard.claim('new-2', now + 1000)).resolves.toBe(true);
    await expect(guard.claim('long', now + 60_000)).resolves.toBe(false);
  });

  it('refuses when full of live ids rather than forget one (fail closed)', async () => {
    const guard = createMemoryReplayGuard({ clock, maxEntries: 2 });
    await guard.claim('a', now + 30_000);
    await guard.claim('b', now + 30_000);
    const refusal: unknown = await guard
      .claim('c', now + 30_000)
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ReplayGuardUnavailableError);
    expect(refusal).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', http: { status: 503 } },
    });
    // Neither live id was forgotten to make room.
    await expect(guard.claim('a', now + 30_000)).resolves.toBe(false);
    await expect(guard.claim('b', now + 30_000)).resolves.toBe(false);
    now += 30_000;
    await expect(guard.claim('c', now + 30_000)).resolves.toBe(true);
  });

  it('refuses to be built with a size that is not a positive integer', () => {
    expect(() => createMemoryReplayGuard({ maxEntries: 0 })).toThrow(
      'replay guard maxEntries must be a positive integer; got 0',
    );
  });
});
