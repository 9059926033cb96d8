import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readLimitsConfig } from '@marsoc/platform/limits';

const compose = parse(
  readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8'),
  { merge: true },
) as {
  services: Record<string, { environment?: Record<string, string> }>;
};

/** A `${NAME:-default}` as docker compose reads it with NAME unset; a required `${NAME:?...}` as `<NAME>`. */
function withDefaults(
  environment: Record<string, string> = {},
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [
      name,
      value
        .replace(/\$\{\w+:-([^}]*)\}/g, '$1')
        .replace(/\$\{(\w+):\?[^}]*\}/g, '<$1>'),
    ]),
  );
}

describe('docker-compose.yml and the per-caller limits', () => {
  it.each(['gateway', 'apmis'])(
    'has the %s count its limits in the Redis every replica shares, with settings the code accepts',
    (name) => {
      const config = readLimitsConfig(
        withDefaults(compose.services[name]?.environment),
      );
      expect(config.redisUrl).toBe('redis://:<REDIS_PASSWORD>@redis:6379');
      expect(compose.services.redis).toBeDefined();
    },
  );

  it('sets the search rate on APMIS and the breadth limit on the gateway, each to its default unless the deployment says', () => {
    const apmis = withDefaults(compose.services.apmis?.environment);
    const gateway = withDefaults(compose.services.gateway?.environment);
    expect(readLimitsConfig(apmis).searchesPerMinute).toBe(30);
    expect(gateway.NOMINAL_BREADTH_PER_HOUR).toBe('');
    expect(readLimitsConfig(gateway).nominalsPerHour.ANALYST).toBe(200);
  });
});
