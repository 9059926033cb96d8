import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readServiceConfig } from '../readServiceConfig';

describe("a subgraph service's configuration", () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'service-config-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('uses the defaults when nothing is set', () => {
    expect(
      readServiceConfig({ DATA_DIR: directory }, 'POLICE_PORT', 4001),
    ).toEqual({
      port: 4001,
      host: '127.0.0.1',
      dataDirectory: directory,
      seed: 'marsoc-early-adopter',
      size: 400,
      logLevel: 'info',
      // Outside production a store is seeded unless SEED_SYNTHETIC says not.
      seedSynthetic: true,
    });
  });

  it.each([
    ['POLICE_PORT', 'abc', 'POLICE_PORT="abc": a port must be a whole number'],
    ['POLICE_PORT', '0', 'POLICE_PORT="0": a port must be between 1 and 65535'],
    [
      'DATA_SCALE',
      '12',
      'DATA_SCALE="12": must be a whole number of nominals from 129',
    ],
    ['DATA_SCALE', '1e5', 'DATA_SCALE="1e5": must be a whole number'],
    ['DATA_SEED', 'no spaces please', 'DATA_SEED="no spaces please"'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL="loud": must be one of'],
    ['HOST', 'http://x', 'HOST="http://x": not a host name or address'],
    [
      'REDIS_URL',
      'localhost:6379',
      'REDIS_URL="localhost:6379": must be a redis://',
    ],
  ])(
    'stops at start when %s is %j, naming the setting and the value',
    (name, value, message) => {
      expect(() =>
        readServiceConfig(
          { DATA_DIR: directory, [name]: value },
          'POLICE_PORT',
          4001,
        ),
      ).toThrow(message);
    },
  );

  it('stops at start when the data directory cannot be created or written', () => {
    const file = join(directory, 'a-file');
    writeFileSync(file, 'not a directory');
    expect(() =>
      readServiceConfig(
        { DATA_DIR: join(file, 'inside') },
        'POLICE_PORT',
        4001,
      ),
    ).toThrow(
      /^DATA_DIR=".*a-file\/inside": cannot be used as a writable data directory/,
    );
  });

  it('shares the caller-context replay store through Redis only when REDIS_URL is set', () => {
    const read = (env: Record<string, string>) =>
      readServiceConfig({ DATA_DIR: directory, ...env }, 'POLICE_PORT', 4001)
        .redisUrl;
    expect(read({})).toBeUndefined();
    expect(read({ REDIS_URL: '' })).toBeUndefined();
    expect(read({ REDIS_URL: 'redis://redis:6379' })).toBe(
      'redis://redis:6379',
    );
    expect(read({ REDIS_URL: 'rediss://cache.example:6380/2' })).toBe(
      'rediss://cache.example:6380/2',
    );
  });
});
