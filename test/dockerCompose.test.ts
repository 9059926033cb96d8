import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SUBGRAPHS } from '@marsoc/schema';
import { findSubgraphsOnDatabase } from './helpers/findSubgraphsOnDatabase';
import { findSettingsReadByCode } from './readme/findSettingsReadByCode';

// docker-compose.yml validated as a document (no Docker engine here): each
// service runs the one image as SERVICE says, with exactly the settings its
// code reads and every one it needs in production.
const ROOT = join(__dirname, '..');
interface ComposeService {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  profiles?: string[];
  deploy?: { replicas?: number };
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition?: string }>;
}
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, ComposeService> };
const services = compose.services;
const SUBGRAPH_NAMES = SUBGRAPHS.map(({ name }) => name);
const SYSTEM = ['gateway', ...SUBGRAPH_NAMES];

/** The code a service's process runs: its own, the shared runtime, the contract, the production entry. */
function codeOf(name: string): string[] {
  const own = name === 'gateway' ? 'gateway/src' : `subgraphs/${name}/src`;
  return [own, 'platform/src', 'schema/src', 'scripts/production'];
}
const readBy = new Map(
  SYSTEM.map((name) => [
    name,
    findSettingsReadByCode(ROOT, codeOf(name), SUBGRAPH_NAMES),
  ]),
);

/** What a production service cannot run well without, beyond its own port and key. */
const REQUIRED_EVERYWHERE = [
  'NODE_ENV',
  'HOST',
  'DATA_DIR',
  'SERVICE',
  'AUDIT_SINK',
  'REDIS_URL',
  'METRICS_PORT',
];
function requiredBy(name: string): string[] {
  if (name === 'gateway')
    return [
      ...REQUIRED_EVERYWHERE,
      'GATEWAY_PORT',
      'CALLER_CONTEXT_SECRET',
      'AUTH_JWKS_URL',
      'AUTH_ISSUER',
      'LIMITS_REDIS_URL',
      ...SUBGRAPH_NAMES.map((subgraph) => `${subgraph.toUpperCase()}_URL`),
    ];
  const subgraph = SUBGRAPHS.find((candidate) => candidate.name === name);
  return [
    ...REQUIRED_EVERYWHERE,
    subgraph?.portVariable ?? '',
    'CALLER_CONTEXT_KEY',
    'SEED_SYNTHETIC',
    ...(name === 'apmis' ? ['LIMITS_REDIS_URL'] : []),
  ];
}

describe('docker-compose.yml (validated as a document: no Docker engine here)', () => {
  it('declares the gateway, every subgraph, Redis and PostgreSQL, and nothing else', () => {
    expect(Object.keys(services).sort()).toEqual(
      [...SYSTEM, 'redis', 'postgres'].sort(),
    );
  });

  it.each(SYSTEM)(
    'runs %s from the one image under its own SERVICE, as the image runs it',
    (name) => {
      const service = services[name];
      expect(service?.build).toBe('.');
      expect(service?.image).toBe(services.gateway?.image);
      // The image's CMD and HEALTHCHECK, both reading SERVICE.
      expect(service?.command).toBeUndefined();
      expect(service?.healthcheck).toBeUndefined();
      expect(service?.environment?.SERVICE).toBe(name);
      expect(service?.environment?.NODE_ENV).toBe('production');
    },
  );

  it.each(SYSTEM)(
    'gives %s only settings its code reads, and every one it needs',
    (name) => {
      const read = readBy.get(name) ?? new Map();
      const given = Object.keys(services[name]?.environment ?? {});
      expect(given.filter((setting) => !read.has(setting))).toEqual([]);
      const required = requiredBy(name);
      // The list itself must name settings the code reads.
      expect(required.filter((setting) => !read.has(setting))).toEqual([]);
      expect(required.filter((setting) => !given.includes(setting))).toEqual(
        [],
      );
    },
  );

  it.each(SUBGRAPHS.map((subgraph) => [subgraph.name, subgraph] as const))(
    'runs the %s subgraph on its port with its own key, its store on a volume, and synthetic data only when asked',
    (name, { portVariable, defaultPort }) => {
      const environment = services[name]?.environment ?? {};
      expect(environment[portVariable]).toBe(String(defaultPort));
      // Its own key alone: the gateway's secret would let it mint for the others.
      expect(environment.CALLER_CONTEXT_KEY).toBe(
        `\${${name.toUpperCase()}_CALLER_CONTEXT_KEY:?set the ${name} subgraph's caller-context key}`,
      );
      expect(environment.CALLER_CONTEXT_SECRET).toBeUndefined();
      expect(services[name]?.volumes).toEqual([`${name}-data:/data`]);
      expect(environment.SEED_SYNTHETIC).toBe('${SEED_SYNTHETIC:-false}');
    },
  );

  it('gives the compose PostgreSQL to each subgraph whose service descriptor declares a shared store, after it is healthy, with two replicas, and keeps one replica of each subgraph still on a SQLite file', () => {
    const url =
      'postgres://marsoc:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@postgres:5432/marsoc';
    const onDatabase: string[] = findSubgraphsOnDatabase();
    // Police, HMPPS and NCA/HMRC are on it (docs/postgres-store.md, the order of the move).
    expect(onDatabase).toEqual(
      expect.arrayContaining(['police', 'hmpps', 'ncahmrc']),
    );
    for (const name of SUBGRAPH_NAMES) {
      const environment = services[name]?.environment ?? {};
      if (onDatabase.includes(name)) {
        expect(environment.DATABASE_URL).toBe(url);
        expect(services[name]?.depends_on?.postgres?.condition).toBe(
          'service_healthy',
        );
        // As many as the replica kill test runs and kills one of.
        expect(services[name]?.deploy?.replicas).toBe(2);
      } else {
        expect(environment.DATABASE_URL).toBeUndefined();
        expect(services[name]?.deploy?.replicas).toBe(1);
      }
    }
    const postgres = services.postgres;
    expect(postgres?.profiles).toBeUndefined();
    expect(postgres?.environment?.POSTGRES_PASSWORD).toBe(
      '${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}',
    );
    expect(postgres?.healthcheck?.test?.join(' ')).toContain('pg_isready');
    expect(postgres?.volumes).toEqual([
      'postgres-data:/var/lib/postgresql/data',
    ]);
    expect(postgres?.ports).toBeUndefined();
  });

  it('runs two gateway replicas, each on a host port of its own, pointed at every subgraph by service name', () => {
    const gateway = services.gateway;
    expect(gateway?.deploy?.replicas).toBe(2);
    expect(gateway?.ports).toEqual(['4000-4001:4000']);
    for (const { name, defaultPort } of SUBGRAPHS) {
      expect(gateway?.environment?.[`${name.toUpperCase()}_URL`]).toBe(
        `http://${name}:${defaultPort}/graphql`,
      );
      expect(gateway?.depends_on?.[name]?.condition).toBe('service_healthy');
    }
    expect(gateway?.environment?.CALLER_CONTEXT_KEY).toBeUndefined();
    expect(gateway?.volumes).toBeUndefined();
  });

  it('serves every metrics port inside the compose network only', () => {
    for (const name of SYSTEM) {
      const service = services[name];
      const port = service?.environment?.METRICS_PORT ?? '';
      expect(service?.expose).toEqual([port]);
      expect(JSON.stringify(service?.ports ?? [])).not.toContain(port);
    }
  });

  it("sends every service's audit to Redis behind a password, which keeps every write and evicts nothing", () => {
    const url = 'redis://:${REDIS_PASSWORD:?set REDIS_PASSWORD}@redis:6379';
    for (const name of SYSTEM) {
      const environment = services[name]?.environment ?? {};
      expect(environment.AUDIT_SINK).toBe('redis');
      expect(environment.REDIS_URL).toBe(url);
      if (environment.LIMITS_REDIS_URL !== undefined)
        expect(environment.LIMITS_REDIS_URL).toBe(url);
    }
    const redis = services.redis;
    // `$$` is compose's escape: the container's shell expands the variable.
    const command = (redis?.command?.join(' ') ?? '').replaceAll('$$', '$');
    for (const option of [
      '--appendonly yes',
      '--appendfsync always',
      '--maxmemory-policy noeviction',
      '--requirepass "$REDIS_PASSWORD"',
    ])
      expect(command).toContain(option);
    expect(redis?.environment?.REDIS_PASSWORD).toBe(
      '${REDIS_PASSWORD:?set REDIS_PASSWORD}',
    );
    expect(redis?.healthcheck?.test?.join(' ').replaceAll('$$', '$')).toContain(
      'REDISCLI_AUTH="$REDIS_PASSWORD"',
    );
    expect(redis?.ports).toBeUndefined();
  });
});
