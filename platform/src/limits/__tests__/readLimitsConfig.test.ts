import { ConfigError } from '../../config';
import {
  DEFAULT_NOMINALS_PER_HOUR,
  readLimitsConfig,
} from '../readLimitsConfig';

describe('readLimitsConfig', () => {
  it('counts in memory with the default allowances when nothing is set', () => {
    expect(readLimitsConfig({})).toEqual({
      keyPrefix: 'marsoc:limits:',
      searchesPerMinute: 30,
      nominalsPerHour: DEFAULT_NOMINALS_PER_HOUR,
    });
  });

  it('counts in Redis at LIMITS_REDIS_URL, else at REDIS_URL', () => {
    expect(
      readLimitsConfig({ REDIS_URL: 'redis://shared:6379' }).redisUrl,
    ).toBe('redis://shared:6379');
    expect(
      readLimitsConfig({
        REDIS_URL: 'redis://shared:6379',
        LIMITS_REDIS_URL: 'rediss://limits:6380',
      }).redisUrl,
    ).toBe('rediss://limits:6380');
  });

  it('replaces the allowance of each role named in NOMINAL_BREADTH_PER_HOUR and keeps the rest', () => {
    const config = readLimitsConfig({
      NOMINAL_BREADTH_PER_HOUR: ' ANALYST=150 , AUDITOR=2000',
      SEARCHES_PER_MINUTE: '10',
    });
    expect(config.nominalsPerHour).toEqual({
      ...DEFAULT_NOMINALS_PER_HOUR,
      ANALYST: 150,
      AUDITOR: 2000,
    });
    expect(config.searchesPerMinute).toBe(10);
  });

  it.each([
    ['NOMINAL_BREADTH_PER_HOUR', 'ANALYST', /ROLE=count pairs/],
    ['NOMINAL_BREADTH_PER_HOUR', 'WIZARD=5', /'WIZARD=5' is not one/],
    ['NOMINAL_BREADTH_PER_HOUR', 'ANALYST=0', /ANALYST: must be a whole/],
    ['NOMINAL_BREADTH_PER_HOUR', 'ANALYST=lots', /ANALYST: must be a whole/],
    ['NOMINAL_BREADTH_PER_HOUR', 'ANALYST=5=6', /ROLE=count pairs/],
    [
      'NOMINAL_BREADTH_PER_HOUR',
      'ANALYST=5,ANALYST=6',
      /ANALYST is given twice/,
    ],
    ['NOMINAL_BREADTH_PER_HOUR', 'ANALYST=5,', /ROLE=count pairs/],
    ['SEARCHES_PER_MINUTE', '-1', /must be a whole number from 1/],
    ['SEARCHES_PER_MINUTE', '1000000', /must be a whole number from 1/],
    ['LIMITS_REDIS_URL', 'http://redis:6379', /redis:\/\/ or rediss:\/\//],
    ['REDIS_URL', 'redis', /redis:\/\/ or rediss:\/\//],
    ['LIMITS_KEY_PREFIX', 'has spaces', /letters, digits/],
  ])(
    'refuses %s=%s, naming the variable and the value',
    (name, value, problem) => {
      const read = () => readLimitsConfig({ [name]: value });
      expect(read).toThrow(ConfigError);
      expect(read).toThrow(`${name}=${JSON.stringify(value)}`);
      expect(read).toThrow(problem);
    },
  );
});
