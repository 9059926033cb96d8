import { type CountDistinct } from './createBreadthLimit';

/**
 * Distinct ids per key in this process: one replica's count (npm start). Sets
 * whose time is up by the injected clock are swept now and then, so a long
 * run keeps only the current windows.
 */
export function countDistinctInMemory(): CountDistinct {
  const sets = new Map<string, { ids: Set<string>; expiresAt: number }>();
  let nextSweep = 0;
  return (key, ids, limit, { ttlMs, now }) => {
    if (now >= nextSweep) {
      for (const [stale, entry] of sets)
        if (entry.expiresAt <= now) sets.delete(stale);
      nextSweep = now + ttlMs / 2;
    }
    const entry = sets.get(key) ?? { ids: new Set<string>(), expiresAt: 0 };
    const fresh = ids.filter((id) => !entry.ids.has(id));
    if (fresh.length === 0) return Promise.resolve(true);
    if (entry.ids.size + fresh.length > limit) return Promise.resolve(false);
    for (const id of fresh) entry.ids.add(id);
    entry.expiresAt = now + ttlMs;
    sets.set(key, entry);
    return Promise.resolve(true);
  };
}
