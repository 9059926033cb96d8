import { postGraphQL, type StartedSystem, startSystem } from './startSystem';

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
    system = await startSystem(14100);
    token = await system.token('police-analyst');
  }, 180_000);

  afterAll(async () => {
    expect(await system.stop()).toBe(0);
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
        headers: { 'x-caller-context': token },
      });
      expect(forgedContext.status).toBe(401);
      expect(forgedContext.body.data).toBeUndefined();
    }
  });
});
