import { type Caller } from '@marsoc/schema/caller';
import { createVerifiedTokenCache } from '../verifiedTokenCache';

const analyst: Caller = {
  sub: 'dev-0001-police-analyst',
  name: 'Ada Madeup',
  agency: 'POLICE',
  unit: 'NWROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};
const start = 1_900_000_000_000;

function createClockedCache(options: { maxEntries?: number } = {}) {
  let now = start;
  const cache = createVerifiedTokenCache({ ...options, now: () => now });
  return { cache, advance: (ms: number) => (now += ms) };
}

describe('the verified token cache', () => {
  it('answers a kept token until its exp, and not from that moment on', () => {
    const { cache, advance } = createClockedCache();
    cache.keep('token-a', analyst, start / 1000 + 20);
    advance(19_999);
    expect(cache.find('token-a')).toEqual(analyst);
    advance(1);
    expect(cache.find('token-a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('checks a long-lived token again after a minute', () => {
    const { cache, advance } = createClockedCache();
    cache.keep('token-a', analyst, start / 1000 + 3600);
    advance(59_999);
    expect(cache.find('token-a')).toEqual(analyst);
    advance(1);
    expect(cache.find('token-a')).toBeUndefined();
  });

  it('does not keep a token that has already expired', () => {
    const { cache } = createClockedCache();
    cache.keep('token-a', analyst, start / 1000);
    expect(cache.size).toBe(0);
  });

  it('holds at most its bound, dropping the least recently used', () => {
    const { cache } = createClockedCache({ maxEntries: 2 });
    const exp = start / 1000 + 300;
    cache.keep('token-a', analyst, exp);
    cache.keep('token-b', { ...analyst, sub: 'b' }, exp);
    expect(cache.find('token-a')).toBeDefined(); // a is now the most recent
    cache.keep('token-c', { ...analyst, sub: 'c' }, exp);
    expect(cache.size).toBe(2);
    expect(cache.find('token-b')).toBeUndefined();
    expect(cache.find('token-a')?.sub).toBe(analyst.sub);
    expect(cache.find('token-c')?.sub).toBe('c');
  });

  it('tells tokens apart by their whole text and counts only real hits', () => {
    const { cache } = createClockedCache();
    cache.keep('token-a', analyst, start / 1000 + 300);
    expect(cache.find('token-a ')).toBeUndefined();
    expect(cache.find('token-A')).toBeUndefined();
    expect(cache.hits).toBe(0);
    cache.find('token-a');
    expect(cache.hits).toBe(1);
  });

  it('gives each request its own copy of the caller', () => {
    const { cache } = createClockedCache();
    const kept = { ...analyst, regions: [...analyst.regions] };
    cache.keep('token-a', kept, start / 1000 + 300);
    kept.regions.push('LONDON');
    const first = cache.find('token-a');
    (first?.roles as string[] | undefined)?.push('REGIONAL_LEAD');
    expect(cache.find('token-a')).toEqual(analyst);
  });
});
