import { randomUUID } from 'node:crypto';
import { ConfigError, startSubgraphService } from '@marsoc/platform';
import {
  deleteKeysWithPrefix,
  REDIS_URL,
  startRefusingRedis,
  type UnreachableRedis,
} from '@marsoc/platform/testing';
import {
  JUSTIFICATION_HEADER,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
} from '@marsoc/schema/wire';
import { startGateway } from '@marsoc/gateway';
import { SUBGRAPH_SERVICES } from '@marsoc/subgraphs';
import { readBasePort } from '../e2e/readBasePort';
import {
  type Answer,
  ask,
  type LimitedGateway,
  type LimitedSystem,
  startLimitedSystem,
  SUBGRAPH_PORTS,
} from './startLimitedSystem';

// Issue 15 point 4: the search rate and the anti-fishing breadth limit, in
// Redis shared by replicas or in memory, refused with 429 and Retry-After,
// and audited (docs/threat-model.md, "Fishing").

const GATEWAYS = 4;
const BASE_PORT = readBasePort(
  'LIMITS_BASE_PORT',
  17000,
  SUBGRAPH_PORTS + GATEWAYS,
);
const KEY_PREFIX = `marsoc:limits:test:${randomUUID()}:`;
/** 10:15:00: 2,700 s before the hour's window ends. */
const QUARTER_PAST = Date.parse('2026-03-02T10:15:00.000Z');

const nominal = (n: number) => `NOM-${String(n).padStart(5, '0')}`;
const OPEN_ONE = (n: number) =>
  `{ nominal(id: "${nominal(n)}") { id apmis { name } } }`;
const OPEN_MANY = (...numbers: number[]) =>
  `{ nominals(ids: [${numbers.map((n) => `"${nominal(n)}"`).join(', ')}]) { id apmis { name } } }`;

function codesOf(answer: Answer): unknown[] {
  return (answer.body.errors ?? []).map((error) => error.extensions?.code);
}

function recordOf(gateway: LimitedGateway, answer: Answer) {
  const requestId = answer.headers.get(REQUEST_ID_HEADER);
  const record = gateway.audit.records.find(
    (candidate) => candidate.requestId === requestId,
  );
  if (!record) throw new Error(`no gateway audit record for ${requestId}`);
  return record;
}

let system: LimitedSystem;
let refusingRedis: UnreachableRedis;
let now = QUARTER_PAST;
const clock = () => now;
let replicaA: LimitedGateway;
let replicaB: LimitedGateway;
let inMemory: LimitedGateway;
let limitsDown: LimitedGateway;

beforeAll(async () => {
  refusingRedis = await startRefusingRedis();
  system = await startLimitedSystem(BASE_PORT, { SEARCHES_PER_MINUTE: '2' });
  const shared = {
    LIMITS_REDIS_URL: REDIS_URL,
    LIMITS_KEY_PREFIX: KEY_PREFIX,
    NOMINAL_BREADTH_PER_HOUR: 'ANALYST=3',
  };
  replicaA = await system.startGateway(shared, clock);
  replicaB = await system.startGateway(shared, clock);
  inMemory = await system.startGateway(
    { NOMINAL_BREADTH_PER_HOUR: 'ANALYST=2' },
    clock,
  );
  limitsDown = await system.startGateway({
    LIMITS_REDIS_URL: refusingRedis.url,
  });
}, 300_000);

afterAll(async () => {
  await system?.stop();
  await refusingRedis?.close();
  await deleteKeysWithPrefix(KEY_PREFIX);
});

describe('the breadth limit across two gateway replicas sharing Redis', () => {
  it('gives a caller one allowance, refuses past it with 429 and Retry-After, audits the refusal, re-opens free and starts afresh the next hour', async () => {
    const token = await system.token('police-analyst');
    expect((await ask(replicaA.url, token, OPEN_ONE(1))).status).toBe(200);
    const two = await ask(replicaB.url, token, OPEN_MANY(2, 3));
    expect(two.status).toBe(200);
    expect(two.text).toContain(nominal(3));

    const refused = await ask(replicaA.url, token, OPEN_ONE(4));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2700');
    expect(refused.body.errors).toEqual([
      {
        message:
          'This answer would open more distinct nominals this hour than your role allows, so nothing was released. Nominals you have already opened this hour stay open to you; try others again in 2700 s.',
        extensions: {
          code: 'BREADTH_LIMITED',
          limit: 'NOMINAL_BREADTH',
          retryAfter: 2700,
        },
      },
    ]);
    // Nothing of the answer left: no data, no disclosure summary, no id.
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.extensions?.disclosure).toBeUndefined();
    expect(refused.text).not.toContain('NOM-');

    const record = recordOf(replicaA, refused);
    expect(record).toMatchObject({
      service: 'gateway',
      actor: { sub: expect.any(String) as string, agency: 'POLICE' },
      purpose: 'INTELLIGENCE_DEVELOPMENT',
      outcome: 'DENIED',
      limit: 'NOMINAL_BREADTH',
      nominalIds: [nominal(4)],
      disclosures: [],
    });
    const opened = recordOf(replicaB, two);
    expect(opened.limit).toBeUndefined();
    expect(opened.outcome).toBe('SUCCESS');

    const reopened = await ask(replicaB.url, token, OPEN_MANY(1, 2, 3));
    expect(reopened.status).toBe(200);
    expect(reopened.text).toContain(nominal(1));

    now = Date.parse('2026-03-02T11:00:00.000Z');
    const nextHour = await ask(replicaA.url, token, OPEN_ONE(4));
    expect(nextHour.status).toBe(200);
    expect(nextHour.text).toContain(nominal(4));
  });

  it('admits exactly one of two answers racing for the last place, one through each replica', async () => {
    now = Date.parse('2026-03-02T14:30:00.000Z');
    const token = await system.token('police-analyst');
    expect((await ask(replicaA.url, token, OPEN_MANY(1, 2))).status).toBe(200);
    const raced = await Promise.all([
      ask(replicaA.url, token, OPEN_ONE(10)),
      ask(replicaB.url, token, OPEN_ONE(11)),
    ]);
    expect(raced.map((answer) => answer.status).sort()).toEqual([200, 429]);
  });
});

describe('the breadth limit without Redis', () => {
  it("counts in the gateway's memory, and aggregates open nothing", async () => {
    now = QUARTER_PAST;
    const token = await system.token('police-analyst');
    expect((await ask(inMemory.url, token, OPEN_MANY(1, 2))).status).toBe(200);
    const refused = await ask(inMemory.url, token, OPEN_ONE(3));
    expect(refused.status).toBe(429);
    expect(codesOf(refused)).toEqual(['BREADTH_LIMITED']);
    const aggregates = await ask(
      inMemory.url,
      token,
      '{ performance { disruptionTotals { count arrests } } }',
      'PERFORMANCE_REPORTING',
    );
    expect(aggregates.status).toBe(200);
    expect(aggregates.body.errors).toBeUndefined();

    // A document is one more way to open a nominal: the same refusal, 429
    // with Retry-After, and no document.
    const profile = await fetch(
      inMemory.url.replace(/\/graphql$/, `/profiles/${nominal(3)}.pdf`),
      {
        headers: {
          authorization: `Bearer ${token}`,
          [PURPOSE_HEADER]: 'INTELLIGENCE_DEVELOPMENT',
          [JUSTIFICATION_HEADER]: 'Limits test: a profile past the limit',
        },
      },
    );
    expect(profile.status).toBe(429);
    expect(profile.headers.get('retry-after')).toBe('2700');
    expect(profile.headers.get('content-type')).toMatch(/json/);
    const body = (await profile.json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(body.errors.map((error) => error.extensions.code)).toEqual([
      'BREADTH_LIMITED',
    ]);
  });
});

describe('the search rate through the gateway', () => {
  it("answers APMIS's refusal with 429, Retry-After to the minute's end, and an audit record naming the limit", async () => {
    const token = await system.token('prison-intel');
    const search =
      '{ searchNominals(dateOfBirth: "1980-01-01") { candidates { score } } }';
    // Two a minute (APMIS's real clock): the third in a minute is refused,
    // and three minutes cannot pass in five searches.
    let refused: Answer | undefined;
    for (let attempt = 0; attempt < 5 && !refused; attempt += 1) {
      const answer = await ask(inMemory.url, token, search);
      if (answer.status !== 200) refused = answer;
    }
    if (!refused) throw new Error('no search was refused');
    expect(refused.status).toBe(429);
    expect(codesOf(refused)).toEqual(['RATE_LIMITED']);
    const retryAfter = refused.body.errors?.[0]?.extensions?.retryAfter;
    expect(refused.headers.get('retry-after')).toBe(String(retryAfter));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(recordOf(inMemory, refused)).toMatchObject({
      outcome: 'DENIED',
      limit: 'SEARCH_RATE',
    });
  });
});

describe('when the limits cannot be checked', () => {
  it('answers 503 LIMITS_UNAVAILABLE and releases nothing', async () => {
    const token = await system.token('police-analyst');
    const answer = await ask(limitsDown.url, token, OPEN_ONE(1));
    expect(answer.status).toBe(503);
    expect(codesOf(answer)).toEqual(['LIMITS_UNAVAILABLE']);
    expect(answer.text).not.toContain('NOM-');
    expect(recordOf(limitsDown, answer)).toMatchObject({
      outcome: 'ERROR',
      nominalIds: [nominal(1)],
      disclosures: [],
    });
  });
});

describe('bad limit settings', () => {
  it('stop the gateway at start, naming the variable and the value', async () => {
    await expect(
      startGateway({
        ...system.env,
        GATEWAY_PORT: String(BASE_PORT + SUBGRAPH_PORTS + GATEWAYS - 1),
        NOMINAL_BREADTH_PER_HOUR: 'ANALYST=lots',
      }),
    ).rejects.toThrow(
      new ConfigError(
        'NOMINAL_BREADTH_PER_HOUR',
        'ANALYST=lots',
        'ANALYST: must be a whole number from 1 to 100000',
      ).message,
    );
  });

  it('stop a subgraph at start, naming the variable and the value', async () => {
    const apmis = SUBGRAPH_SERVICES.find(({ name }) => name === 'apmis');
    if (!apmis) throw new Error('no APMIS service');
    await expect(
      startSubgraphService({
        ...apmis,
        env: { ...system.env, SEARCHES_PER_MINUTE: '0' },
      }),
    ).rejects.toThrow('SEARCHES_PER_MINUTE="0": must be a whole number');
  });
});
