import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { SUBGRAPHS } from '@marsoc/schema';
import { findSubgraphService } from '@marsoc/subgraphs';

const ROOT = join(__dirname, '..');
interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition?: string }>;
}
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as {
  services: Record<string, ComposeService>;
};

describe('docker-compose.yml (validated as a document: no Docker engine here)', () => {
  it('declares the gateway, every subgraph and Redis, and nothing else', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['gateway', 'redis', ...SUBGRAPHS.map(({ name }) => name)].sort(),
    );
  });

  it.each(SUBGRAPHS.map((subgraph) => [subgraph.name, subgraph] as const))(
    'runs the %s subgraph from its entry point on its port, with a readiness check on that port',
    (name, { portVariable, defaultPort }) => {
      const service = compose.services[name];
      const entry = service?.command?.at(-1) ?? '';
      expect(existsSync(join(ROOT, entry))).toBe(true);
      expect(entry).toBe(relative(ROOT, findSubgraphService(name).entry));
      expect(service?.environment?.[portVariable]).toBe(String(defaultPort));
      expect(service?.healthcheck?.test?.join(' ')).toContain(
        `:${defaultPort}/health/ready`,
      );
      // Its own key alone: the gateway's secret would let it mint for the others.
      expect(service?.environment?.CALLER_CONTEXT_KEY).toContain(
        `${name.toUpperCase()}_CALLER_CONTEXT_KEY`,
      );
      expect(service?.environment?.CALLER_CONTEXT_SECRET).toBeUndefined();
    },
  );

  it('points the gateway at every subgraph by service name and waits for each to be healthy', () => {
    const gateway = compose.services.gateway;
    expect(existsSync(join(ROOT, gateway?.command?.at(-1) ?? ''))).toBe(true);
    for (const { name, defaultPort } of SUBGRAPHS) {
      expect(gateway?.environment?.[`${name.toUpperCase()}_URL`]).toBe(
        `http://${name}:${defaultPort}/graphql`,
      );
      expect(gateway?.depends_on?.[name]?.condition).toBe('service_healthy');
    }
    expect(gateway?.environment?.CALLER_CONTEXT_SECRET).toBeDefined();
    expect(gateway?.environment?.CALLER_CONTEXT_KEY).toBeUndefined();
    expect(gateway?.environment?.AUTH_JWKS_URL).toBeDefined();
  });

  it("sends every service's audit to Redis, which persists with fsync on every write", () => {
    for (const name of [
      'gateway',
      ...SUBGRAPHS.map((subgraph) => subgraph.name),
    ]) {
      expect(compose.services[name]?.environment).toMatchObject({
        AUDIT_SINK: 'redis',
        REDIS_URL: 'redis://redis:6379',
        NODE_ENV: 'production',
      });
    }
    expect(compose.services.redis?.command).toEqual(
      expect.arrayContaining([
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
      ]),
    );
  });
});
