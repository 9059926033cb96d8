import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import {
  CALLER_CONTEXT_ISSUER,
  createCallerContextSigner,
  loadOrCreateCallerContextSecret,
  parseCallerClaims,
  readSubgraphOperation,
  toCallerContextSecret,
} from '@marsoc/platform';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';
import {
  type RecordedRequest,
  type RecordingProxy,
  startRecordingProxy,
} from './recordingProxy';
import { readBasePort } from './readBasePort';
import { type StartedService, startService } from './startService';
import { postGraphQL, type StartedSystem, startSystem } from './startSystem';

/** The system's six, then a second police replica, a proxy and a second gateway. */
const BASE_PORT = readBasePort('IDENTITY_E2E_BASE_PORT', 14100, 9);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const NOMINAL_QUERY = `{
  nominal(id: "NOM-00001") {
    id
    apmis { name region }
    police { identity { pncId } }
    custody { establishment }
    ncaDeconfliction { contactBeforeAction }
  }
}`;
const PURPOSE = {
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'End-to-end test of the subject profile',
};

describe('the started system (npm start)', () => {
  let system: StartedSystem;
  let token: string;

  beforeAll(async () => {
    // With REDIS_URL the subgraphs keep their replay store in Redis, so a
    // second replica started below shares it.
    system = await startSystem(BASE_PORT, { REDIS_URL });
    token = await system.token('police-analyst');
  }, 180_000);

  afterAll(async () => {
    expect(await system?.stop()).toBe(0);
  });

  it('prints the gateway URL and an example query when ready', () => {
    expect(system.output()).toContain(
      `http://127.0.0.1:${system.ports.gateway}/graphql`,
    );
    expect(system.output()).toContain(
      'npm run --silent token -- police-analyst',
    );
  });

  it('answers the health probes of every service', async () => {
    for (const port of Object.values(system.ports)) {
      const live = await fetch(`http://127.0.0.1:${port}/health/live`);
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect([live.status, ready.status]).toEqual([200, 200]);
    }
  });

  it('fetches NOM-00001 from all four subgraphs for a police analyst with a purpose', async () => {
    const { status, body } = await postGraphQL(
      system.gatewayUrl,
      NOMINAL_QUERY,
      { token, ...PURPOSE },
    );
    expect(status).toBe(200);
    const nominal = (body.data as { nominal: Record<string, unknown> }).nominal;
    expect(nominal.id).toBe('NOM-00001');
    expect(nominal.apmis).toMatchObject({ region: 'NORTH_WEST' });
    expect(nominal.police).toMatchObject({
      identity: { pncId: expect.any(String) },
    });
    expect(nominal.custody).toMatchObject({ establishment: 'HMP Altcourse' });
    expect(nominal.ncaDeconfliction).toEqual({ contactBeforeAction: true });
  });

  it('answers 401 and no data without a token', async () => {
    const { status, body } = await postGraphQL(
      system.gatewayUrl,
      NOMINAL_QUERY,
      PURPOSE,
    );
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 and no data for a tampered token', async () => {
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(
      Buffer.from(payload ?? '', 'base64url').toString(),
    ) as Record<string, unknown>;
    const forged = Buffer.from(
      JSON.stringify({ ...claims, vetting: 'DV', agency: 'NCA' }),
    ).toString('base64url');
    const { status, body } = await postGraphQL(
      system.gatewayUrl,
      NOMINAL_QUERY,
      { token: `${header}.${forged}.${signature}`, ...PURPOSE },
    );
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers PURPOSE_REQUIRED and no data without a purpose', async () => {
    const { body } = await postGraphQL(system.gatewayUrl, NOMINAL_QUERY, {
      token,
    });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
  });

  it('answers who the caller is without a purpose', async () => {
    const { status, body } = await postGraphQL(
      system.gatewayUrl,
      '{ me { sub agency vetting maxClassification } }',
      { token },
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({
      me: {
        sub: expect.any(String),
        agency: 'POLICE',
        vetting: 'NPPV3',
        maxClassification: 'SECRET',
      },
    });
  });

  it('refuses a direct _entities query to every subgraph port with 401 and no data', async () => {
    const entities =
      '{ _entities(representations: [{ __typename: "Nominal", id: "NOM-00001" }]) { __typename } }';
    for (const name of [
      'police',
      'hmpps',
      'ncahmrc',
      'apmis',
      'audit',
    ] as const) {
      const url = `http://127.0.0.1:${system.ports[name]}/graphql`;
      const bare = await postGraphQL(url, entities);
      expect(bare.status).toBe(401);
      expect(bare.body.data).toBeUndefined();
      const withBearer = await postGraphQL(url, entities, {
        token,
        ...PURPOSE,
      });
      expect(withBearer.status).toBe(401);
      const forgedContext = await postGraphQL(url, entities, {
        headers: { [CALLER_CONTEXT_HEADER]: token },
      });
      expect(forgedContext.status).toBe(401);
      expect(forgedContext.body.data).toBeUndefined();
    }
  });

  describe('a caller context captured between the gateway and a subgraph', () => {
    const ports = {
      replica: BASE_PORT + 6,
      proxy: BASE_PORT + 7,
      gateway: BASE_PORT + 8,
    };
    const directories: string[] = [];
    let replica: StartedService;
    let recordingGateway: StartedService;
    let proxy: RecordingProxy;
    let captured: RecordedRequest;
    const policeUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

    /** A data directory of its own holding the system's keys, as a deployment shares them. */
    const directoryWithKeys = (): string => {
      const directory = mkdtempSync(join(tmpdir(), 'marsoc-e2e-replica-'));
      directories.push(directory);
      cpSync(join(system.dataDirectory, 'keys'), join(directory, 'keys'), {
        recursive: true,
      });
      return directory;
    };

    const send = async (url: string, header: string, body: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [CALLER_CONTEXT_HEADER]: header,
        },
        body,
      });
      return {
        status: response.status,
        body: (await response.json()) as {
          data?: unknown;
          errors?: { message: string; extensions?: { code?: string } }[];
        },
      };
    };

    beforeAll(async () => {
      proxy = await startRecordingProxy(
        policeUrl(system.ports.police),
        ports.proxy,
      );
      // A second police replica and a gateway whose police traffic passes the proxy.
      [replica, recordingGateway] = await Promise.all([
        startService(
          'subgraphs/police/src/main.ts',
          {
            DATA_DIR: directoryWithKeys(),
            POLICE_PORT: String(ports.replica),
            REDIS_URL,
          },
          `http://127.0.0.1:${ports.replica}/health/ready`,
        ),
        startService(
          'gateway/src/main.ts',
          {
            DATA_DIR: directoryWithKeys(),
            GATEWAY_PORT: String(ports.gateway),
            POLICE_URL: proxy.url,
            HMPPS_PORT: String(system.ports.hmpps),
            NCAHMRC_PORT: String(system.ports.ncahmrc),
            APMIS_PORT: String(system.ports.apmis),
            AUDIT_PORT: String(system.ports.audit),
          },
          `http://127.0.0.1:${ports.gateway}/health/ready`,
        ),
      ]);
      const { status, body } = await postGraphQL(
        `http://127.0.0.1:${ports.gateway}/graphql`,
        NOMINAL_QUERY,
        { token, ...PURPOSE },
      );
      // The gateway's own use of the context was accepted by the police subgraph.
      expect(status).toBe(200);
      expect(body.data).toMatchObject({
        nominal: { police: { identity: { pncId: expect.any(String) } } },
      });
      const sent = proxy.recorded.filter(
        (request) => request.headers[CALLER_CONTEXT_HEADER] !== undefined,
      );
      expect(sent.length).toBeGreaterThan(0);
      captured = sent[0] as RecordedRequest;
    }, 180_000);

    afterAll(async () => {
      await Promise.all([replica?.stop(), recordingGateway?.stop()]);
      await proxy?.close();
      for (const directory of directories)
        rmSync(directory, { recursive: true, force: true });
    });

    const header = () => captured.headers[CALLER_CONTEXT_HEADER] ?? '';

    it('is refused when replayed to the same subgraph, with 401 and no data', async () => {
      const replay = await send(
        policeUrl(system.ports.police),
        header(),
        captured.body,
      );
      expect(replay.status).toBe(401);
      expect(replay.body.data).toBeUndefined();
      expect(replay.body.errors?.[0]).toMatchObject({
        message: 'the caller context has already been used',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('is refused with another operation: another query, or the same query for another nominal', async () => {
      const otherNominal = captured.body.replaceAll('NOM-00001', 'NOM-00002');
      expect(otherNominal).not.toBe(captured.body);
      for (const body of [
        JSON.stringify({ query: '{ __typename }' }),
        otherNominal,
      ]) {
        const replay = await send(
          policeUrl(system.ports.police),
          header(),
          body,
        );
        expect(replay.status).toBe(401);
        expect(replay.body.data).toBeUndefined();
        expect(replay.body.errors?.[0]?.message).toBe(
          'the caller context was signed for another operation',
        );
      }
    });

    it('is refused by a second replica sharing Redis', async () => {
      const replay = await send(
        policeUrl(ports.replica),
        header(),
        captured.body,
      );
      expect(replay.status).toBe(401);
      expect(replay.body.data).toBeUndefined();
      expect(replay.body.errors?.[0]?.message).toBe(
        'the caller context has already been used',
      );
    });

    it('is a refusal of the replay alone: the second replica answers a fresh context, once, on either replica', async () => {
      const secret = await loadOrCreateCallerContextSecret(
        join(system.dataDirectory, 'keys'),
      );
      const signer = createCallerContextSigner({
        secret: toCallerContextSecret(secret),
        issuer: CALLER_CONTEXT_ISSUER,
      });
      const claims = decodeJwt(header());
      const operation = readSubgraphOperation(JSON.parse(captured.body));
      if (!operation) throw new Error('the captured body is no operation');
      const fresh = await signer.sign(
        {
          caller: parseCallerClaims(claims),
          purpose: {
            purpose: 'INTELLIGENCE_DEVELOPMENT',
            justification: PURPOSE.justification,
          },
          requestId: String(claims.request_id),
        },
        'police',
        operation,
      );
      const first = await send(policeUrl(ports.replica), fresh, captured.body);
      expect(first.status).toBe(200);
      expect(first.body.data).toBeDefined();
      const again = await send(
        policeUrl(system.ports.police),
        fresh,
        captured.body,
      );
      expect(again.status).toBe(401);
      expect(again.body.errors?.[0]?.message).toBe(
        'the caller context has already been used',
      );
    });
  });
});
