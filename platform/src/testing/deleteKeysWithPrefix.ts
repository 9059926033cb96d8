import { Redis } from 'ioredis';
import { REDIS_URL } from './redisHelpers';

/** Deletes every key under a test's own prefix in the test Redis (a limits test's counts). */
export async function deleteKeysWithPrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
