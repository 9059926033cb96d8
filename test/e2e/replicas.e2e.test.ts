import { Redis } from 'ioredis';
import {
  DEFAULT_AUDIT_STREAM_KEY,
  readRedisAuditLog,
  verifyAuditLog,
} from '@marsoc/platform/audit';
import {
  createTestDatabase,
  type TestDatabase,
} from '@marsoc/platform/testing';
import {
  JUSTIFICATION_HEADER,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
} from '@marsoc/schema/wire';
import { findSubgraphsOnDatabase } from '../helpers/findSubgraphsOnDatabase';
import {
  type Replica,
  type ReplicatedSystem,
  startReplicatedSystem,
} from '../replicas/startReplicatedSystem';
import {
  moderate,
  recordWithRetries,
  WRITER,
  type WriteOutcome,
} from '../replicas/workflowWrites';
import { readBasePort } from './readBasePort';
import { postGraphQL } from './startSystem';

// Issue 15 point 6: replicas lose nothing when one dies. Two gateways and two
// replicas of each subgraph whose store is on PostgreSQL (the others, still
// on a SQLite file, run one each: docs/postgres-store.md), every audit chain
// in Redis, load through both gateways, then kill -9 one gateway and one
// replica of each replicated subgraph mid-load, while other clients make
// workflow writes (disruptions recorded with client request ids).
const BASE_PORT = readBasePort('REPLICAS_E2E_BASE_PORT', 18100, 20);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const JUSTIFICATION = 'Replica failover test under load';

const PICTURE = `query Picture($id: ID!) { nominal(id: $id) {
  id apmis { name } police { identity { pncId } } custody { establishment }
  ncaDeconfliction { contactBeforeAction } } }`;
/** Which subgraph answered which part of the picture. */
const PARTS: Record<string, string> = {
  apmis: 'apmis',
  police: 'police',
  custody: 'hmpps',
  ncaDeconfliction: 'ncahmrc',
};
/** Answers that carry data before the kill, and after it through the survivors. */
const ANSWERS_EACH_SIDE = 40;

interface Answer {
  requestId: string;
  /** Which of the load's callers asked. */
  caller: number;
  gateway: number;
  /** The services whose data the answer carried. */
  services: string[];
  /** The answer's error codes, to say why a part was missing. */
  errors: string[];
  /** Asked before the kill, while the victims were dying, or once they were gone. */
  phase: Phase;
}

type Phase = 'before' | 'during' | 'after';

describe('replicas lose nothing when one dies (issue 15 point 6)', () => {
  let database: TestDatabase;
  let system: ReplicatedSystem;
  let redis: Redis;
  beforeAll(async () => {
    database = await createTestDatabase('replicas');
    redis = new Redis(REDIS_URL);
    system = await startReplicatedSystem({
      basePort: BASE_PORT,
      databaseUrl: database.url,
      redisUrl: REDIS_URL,
      replicas: 2,
      // Small enough to reach: an analyst may open four nominals an hour.
      gatewayEnv: { NOMINAL_BREADTH_PER_HOUR: 'ANALYST=4' },
    });
  }, 600_000);
  afterAll(async () => {
    await system?.stop();
    redis?.disconnect();
    await database?.drop();
  });

  it('holds the breadth limit across both gateways: the fifth nominal is refused on either', async () => {
    const token = await system.token('police-analyst');
    const open = (gateway: number, nominal: number) =>
      postGraphQL(system.gatewayUrls[gateway] ?? '', PICTURE, {
        token,
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        justification: JUSTIFICATION,
        variables: { id: `NOM-0000${nominal}` },
      });
    for (const [gateway, nominal] of [
      [0, 1],
      [1, 2],
      [0, 3],
      [1, 4],
    ] as const)
      expect((await open(gateway, nominal)).status).toBe(200);
    expect((await open(0, 5)).status).toBe(429);
    expect((await open(1, 6)).status).toBe(429);
    // One already opened is not a new one: still answered.
    expect((await open(1, 1)).status).toBe(200);
  });

  it('lets exactly one of two APMIS replicas moderate a disruption both are asked to at once', async () => {
    expect(findSubgraphsOnDatabase()).toContain('apmis');
    const [writer, lead] = await Promise.all([
      system.token(WRITER.persona),
      system.token('regional-lead'),
    ]);
    const recorded = await recordWithRetries({
      gatewayUrl: () => system.gatewayUrls[0] ?? '',
      token: writer,
      clientRequestId: `race-${system.runId}`,
      runId: system.runId,
      maxAttempts: 1,
    });
    expect(recorded.refusal).toEqual([]);
    // Through both gateways at once, so the round-robin proxy sends one to
    // each APMIS replica: each reads RECORDED inside its transaction.
    const answers = await Promise.all(
      [0, 1].map((gateway) =>
        moderate({
          gatewayUrl: system.gatewayUrls[gateway] ?? '',
          token: lead,
          recordId: recorded.recordId ?? '',
          clientRequestId: `race-moderate-${gateway}-${system.runId}`,
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([
      'MODERATED',
      null,
    ]);
    expect(answers.flatMap((answer) => answer.codes)).toEqual([
      'INVALID_TRANSITION',
    ]);
    const rows = await database.query(
      `SELECT status, disruption_id FROM apmis.disruption_record WHERE description = $1`,
      [`Replica test ${system.runId}: cell search and seizure`],
    );
    expect(rows).toEqual([
      { status: 'MODERATED', disruption_id: expect.any(String) },
    ]);
  });

  it('keeps answering through the survivors, with every answer audited in every chain, and every chain whole', async () => {
    const replicated = findSubgraphsOnDatabase();
    expect(replicated).toEqual(
      expect.arrayContaining(['apmis', 'hmpps', 'ncahmrc']),
    );
    const tokens = await Promise.all(
      ['prison-intel', 'regional-lead', 'nca-officer'].map((persona) =>
        system.token(persona),
      ),
    );
    const answers: Answer[] = [];
    const refused: number[] = [];
    let phase: Phase = 'before';
    let before = 0;
    let after = 0;
    let reached = (): void => undefined;
    const enoughBefore = new Promise<void>((resolve) => (reached = resolve));
    let finished = (): void => undefined;
    const enoughAfter = new Promise<void>((resolve) => (finished = resolve));
    const dead = new Set<number>();
    const drive = async (client: number): Promise<void> => {
      for (let turn = 0; after < ANSWERS_EACH_SIDE; turn += 1) {
        const live = [0, 1].filter((gateway) => !dead.has(gateway));
        const gateway = live[(client + turn) % live.length] ?? 0;
        const asked = phase;
        let response: Response;
        try {
          response = await fetch(system.gatewayUrls[gateway] ?? '', {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${tokens[client % tokens.length] ?? ''}`,
              [PURPOSE_HEADER]: 'INTELLIGENCE_DEVELOPMENT',
              [JUSTIFICATION_HEADER]: JUSTIFICATION,
            },
            body: JSON.stringify({
              query: PICTURE,
              variables: { id: 'NOM-00001' },
            }),
          });
        } catch {
          continue; // the killed gateway's connection: the client asks again
        }
        const body = (await response.json()) as {
          data?: { nominal?: Record<string, unknown> | null } | null;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        const nominal = body.data?.nominal ?? null;
        const services = Object.entries(PARTS)
          .filter(([field]) => nominal?.[field] != null)
          .map(([, service]) => service);
        if (response.status !== 200) refused.push(response.status);
        if (services.length === 0) continue;
        answers.push({
          requestId: response.headers.get(REQUEST_ID_HEADER) ?? '',
          caller: client % tokens.length,
          errors: (body.errors ?? []).map(
            (error) => `${error.extensions?.code ?? ''} ${error.message}`,
          ),
          gateway,
          services: ['gateway', ...services],
          // Asked before the kill but answered after it: in flight during it.
          phase: asked === phase ? asked : 'during',
        });
        if (
          asked === 'before' &&
          phase === 'before' &&
          ++before === ANSWERS_EACH_SIDE
        )
          reached();
        if (asked === 'after' && ++after === ANSWERS_EACH_SIDE) finished();
      }
    };
    // Two writers record disruptions throughout, each under its own client
    // request ids, through whichever gateway is alive, asking again when the
    // kill leaves them without an answer.
    const writerToken = await system.token(WRITER.persona);
    const writes: WriteOutcome[] = [];
    const write = async (writer: number): Promise<void> => {
      for (let turn = 0; after < ANSWERS_EACH_SIDE; turn += 1)
        writes.push(
          await recordWithRetries({
            gatewayUrl: () => {
              const live = [0, 1].filter((gateway) => !dead.has(gateway));
              return system.gatewayUrls[live[turn % live.length] ?? 1] ?? '';
            },
            token: writerToken,
            clientRequestId: `write-${writer}-${turn}-${system.runId}`,
            runId: `${system.runId}-writes`,
          }),
        );
    };
    const writers = [0, 1].map((writer) => write(writer));
    const clients = Array.from({ length: 6 }, (_, client) => drive(client));
    await enoughBefore;
    // One of each kind, mid-load: the first gateway, and the first replica of
    // every subgraph that has two.
    const victims = system.replicas.filter(
      (replica: Replica) =>
        replica.replicaId.endsWith('-1') &&
        (replica.service === 'gateway' ||
          replicated.includes(replica.service as never)),
    );
    expect(victims.map((victim) => victim.service).sort()).toEqual(
      ['gateway', ...replicated].sort(),
    );
    dead.add(0);
    phase = 'during';
    await Promise.all(
      victims.map(({ started }) => {
        const exited = new Promise((resolve) =>
          started.process.once('exit', resolve),
        );
        started.process.kill('SIGKILL');
        return exited;
      }),
    );
    phase = 'after';
    await enoughAfter;
    await Promise.all([...clients, ...writers]);

    // No workflow write lost or applied twice: every write was answered with
    // its record, each record is one row, and each client request id is
    // logged once, naming the record its client was given.
    expect(writes.filter((outcome) => outcome.recordId === null)).toEqual([]);
    const recordIds = writes.map((outcome) => outcome.recordId);
    expect(new Set(recordIds).size).toBe(writes.length);
    const stored = await database.query(
      `SELECT id FROM apmis.disruption_record WHERE description = $1`,
      [`Replica test ${system.runId}-writes: cell search and seizure`],
    );
    expect(stored).toHaveLength(writes.length);
    const logged = await database.query(
      `SELECT client_request_id, result_id FROM apmis.cycle_write
       WHERE client_request_id LIKE $1`,
      [`write-%-${system.runId}`],
    );
    const pairs = (rows: [unknown, unknown][]) =>
      rows.map(([id, result]) => `${String(id)} -> ${String(result)}`).sort();
    expect(
      pairs(logged.map((row) => [row.client_request_id, row.result_id])),
    ).toEqual(
      pairs(
        writes.map((outcome) => [outcome.clientRequestId, outcome.recordId]),
      ),
    );

    // Once the victims were gone, the survivors answered every picture whole:
    // each dead replica was routed around, nothing refused or failed. Whole
    // means what the same caller was shown before the kill: each caller sees
    // the parts the register gives it.
    const afterKill = answers.filter((answer) => answer.phase === 'after');
    expect(afterKill.length).toBeGreaterThanOrEqual(ANSWERS_EACH_SIDE);
    expect(afterKill.filter((answer) => answer.gateway !== 1)).toEqual([]);
    const shownBefore = (caller: number) => [
      ...new Set(
        answers
          .filter(
            (answer) => answer.phase === 'before' && answer.caller === caller,
          )
          .map((answer) => answer.services.join(' ')),
      ),
    ];
    for (const caller of tokens.keys())
      expect({ caller, shown: shownBefore(caller) }).toEqual({
        caller,
        shown: [expect.any(String)],
      });
    expect(
      afterKill.filter(
        (answer) =>
          !shownBefore(answer.caller).includes(answer.services.join(' ')),
      ),
    ).toEqual([]);
    expect(refused).toEqual([]);

    // Every answer that carried data has each service's record in some chain
    // of that service (each replica keeps its own), and every chain of this
    // run verifies, the killed replicas' included.
    const sources = (
      await readRedisAuditLog(redis, DEFAULT_AUDIT_STREAM_KEY)
    ).filter((source) => source.chainId.includes(system.runId));
    const byService = new Map<string, Set<string>>();
    for (const source of sources) {
      const service = source.chainId.split(':')[0] ?? '';
      const ids = byService.get(service) ?? new Set<string>();
      for (const record of source.records) ids.add(record.requestId);
      byService.set(service, ids);
    }
    const missing = answers.flatMap((answer) =>
      answer.services
        .filter((service) => !byService.get(service)?.has(answer.requestId))
        .map((service) => `${answer.requestId} ${service}`),
    );
    expect(missing).toEqual([]);
    expect(sources.length).toBeGreaterThanOrEqual(2 + 2 * replicated.length);
    const report = verifyAuditLog(sources);
    const served = (service: string, replica: string) =>
      sources
        .filter(
          (source) =>
            source.chainId === `${service}:${system.runId}-${replica}`,
        )
        .reduce((count, source) => count + source.records.length, 0);
    process.stdout.write(
      `replicas: ${answers.length} answers with data (${afterKill.length} after the kill), ` +
        `${writes.length} writes (${writes.filter((outcome) => outcome.attempts > 1).length} asked again), ` +
        `${sources.length} chains verified; records by replica 1/2: ` +
        ['gateway', ...replicated]
          .map(
            (service) =>
              `${service} ${served(service, '1')}/${served(service, '2')}`,
          )
          .join(', ') +
        '\n',
    );
    expect(
      report.chains.filter((chain) => !chain.result.ok).map((c) => c.chainId),
    ).toEqual([]);
  }, 600_000);
});
