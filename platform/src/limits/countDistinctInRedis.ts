import { type Redis } from 'ioredis';
import { type CountDistinct } from './createBreadthLimit';

/**
 * One round trip, atomic across replicas: the ids not yet in the set are
 * added only if the set then holds at most the limit, so two replicas
 * admitting at once can never both pass the last place. A set, not a
 * HyperLogLog: at the limit an estimate would refuse or admit wrongly.
 */
const ADMIT_SCRIPT = `
local limit = tonumber(ARGV[1])
local fresh = {}
for i = 3, #ARGV do
  if redis.call('SISMEMBER', KEYS[1], ARGV[i]) == 0 then
    fresh[#fresh + 1] = ARGV[i]
  end
end
if #fresh == 0 then return 1 end
if redis.call('SCARD', KEYS[1]) + #fresh > limit then return 0 end
for i = 1, #fresh, 500 do
  redis.call('SADD', KEYS[1], unpack(fresh, i, math.min(i + 499, #fresh)))
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;

/** Distinct ids per key in Redis: a set per caller per window. */
export function countDistinctInRedis(redis: Redis): CountDistinct {
  return async (key, ids, limit, { ttlMs }) => {
    const answer = await redis.eval(
      ADMIT_SCRIPT,
      1,
      key,
      String(limit),
      String(ttlMs),
      ...ids,
    );
    return answer === 1;
  };
}
