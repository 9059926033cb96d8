import { randomUUID } from 'node:crypto';
import { createSilentLogger } from '../../logging/createLogger';
import { deleteKeysWithPrefix } from '../../testing/deleteKeysWithPrefix';
import { REDIS_URL } from '../../testing/redisHelpers';
import { startRefusingRedis } from '../../testing/unreachableRedis';
import { type LimitsStore, openLimitsStore } from '../openLimitsStore';

/**
 * Stores over the real Redis (as two replicas would open them) or in memory,
 * under a key prefix no other test uses; `cleanUp` closes them and deletes
 * every key they made.
 */
export interface LimitsTestKit {
  open(kind: 'redis' | 'memory'): LimitsStore;
  cleanUp(): Promise<void>;
}

export function createLimitsTestKit(): LimitsTestKit {
  const keyPrefix = `marsoc:limits:test:${randomUUID()}:`;
  const stores: LimitsStore[] = [];
  return {
    open(kind) {
      const store = openLimitsStore({
        ...(kind === 'redis' ? { redisUrl: REDIS_URL } : {}),
        keyPrefix,
        log: createSilentLogger(),
        // Counting must not fail on a loaded machine; a down Redis still fails at once.
        timeoutMs: 30_000,
      });
      stores.push(store);
      return store;
    },
    async cleanUp() {
      await Promise.all(stores.map((store) => store.close()));
      await deleteKeysWithPrefix(keyPrefix);
    },
  };
}

/** Runs `use` with a store whose Redis is down (every connection closed at once). */
export async function withRedisDown(
  use: (store: LimitsStore) => Promise<void>,
): Promise<void> {
  const redis = await startRefusingRedis();
  const store = openLimitsStore({
    redisUrl: redis.url,
    keyPrefix: 'marsoc:limits:down:',
    log: createSilentLogger(),
  });
  try {
    await use(store);
  } finally {
    await store.close();
    await redis.close();
  }
}
