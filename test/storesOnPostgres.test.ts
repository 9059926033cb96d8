import { Client } from 'pg';
import {
  createTestDatabase,
  type TestDatabase,
} from '@marsoc/platform/testing';
import {
  type Answer,
  ask,
  type LimitedSystem,
  startLimitedSystem,
} from './limits/startLimitedSystem';

// The subgraphs that keep their store on DATABASE_URL, end to end
// (docs/postgres-store.md): the real services, started in this process as
// their main.ts starts them, each with its data and its disclosure desk in
// its own PostgreSQL schema. A grant approved there outlives the service:
// started again on the same database, it still opens the field to the
// requester.
const BASE_PORT = Number(process.env.STORES_POSTGRES_TEST_PORT ?? 19000);

/** One owner's desk on the server: what is asked, who asks, who approves. */
interface OwnerCase {
  owner: 'HMRC' | 'HMPPS';
  schema: string;
  requester: string;
  officer: string;
  /** The picture, with the owner's field under `nominal`. */
  query: string;
  read: (nominal: Record<string, unknown>) => unknown;
  raise: string;
  decide: string;
  category: string;
  legalBasis: string;
  /** Asked for one of the requester's regions, where it has more than one. */
  forRegion?: string;
}

const OWNERS: OwnerCase[] = [
  {
    owner: 'HMRC',
    schema: 'ncahmrc',
    requester: 'police-analyst',
    officer: 'hmrc-disclosure-officer',
    query: `query Tax($id: ID!) { nominal(id: $id) { id hmrc { taxReference } } }`,
    read: (nominal) =>
      (nominal.hmrc as { taxReference: string } | null)?.taxReference ?? null,
    raise: 'requestDisclosure',
    decide: 'decideDisclosureRequest',
    category: 'TAX',
    legalBasis: 'hmrc-crca-s18-2-d',
  },
  {
    owner: 'HMPPS',
    schema: 'hmpps',
    requester: 'nca-officer',
    officer: 'hmpps-disclosure-officer',
    query: `query Custody($id: ID!) { nominal(id: $id) { id custody { establishment } } }`,
    read: (nominal) =>
      (nominal.custody as { establishment: string } | null)?.establishment ??
      null,
    raise: 'requestHmppsDisclosure',
    decide: 'decideHmppsDisclosureRequest',
    category: 'CUSTODY',
    legalBasis: 'hmpps-cca-s7-1',
    forRegion: 'NORTH_WEST',
  },
];

/** The whole system, the subgraphs that read DATABASE_URL on the database, with one gateway. */
async function start(database: TestDatabase) {
  const system = await startLimitedSystem(BASE_PORT, {
    DATABASE_URL: database.url,
  });
  const { url } = await system.startGateway({});
  const as = async (persona: string) => {
    const token = await system.token(persona);
    return async (query: string, variables: Record<string, unknown>) =>
      (await ask(url, token, query, 'INTELLIGENCE_DEVELOPMENT', variables))
        .body;
  };
  return { system, as };
}

/** What `owner` shows the caller of the nominal's field: null while withheld. */
async function fieldOf(
  ask: (
    query: string,
    variables: Record<string, unknown>,
  ) => Promise<Answer['body']>,
  owner: OwnerCase,
  id: string,
): Promise<unknown> {
  const answer = await ask(owner.query, { id });
  const nominal = answer.data?.nominal as Record<string, unknown> | null;
  return nominal ? owner.read(nominal) : null;
}

describe('stores on DATABASE_URL, through the real services', () => {
  let database: TestDatabase;
  let system: LimitedSystem | undefined;
  beforeAll(async () => {
    database = await createTestDatabase('stores_service');
  });
  afterEach(async () => {
    await system?.stop();
    system = undefined;
  });
  afterAll(() => database.drop());

  it.each(OWNERS)(
    'keeps a grant of $owner $category approved in PostgreSQL: after a restart on the same database the requester still sees it',
    async (owner) => {
      const first = await start(database);
      system = first.system;
      const requester = await first.as(owner.requester);
      const officer = await first.as(owner.officer);
      const id = 'NOM-00001';
      expect(await fieldOf(requester, owner, id)).toBeNull();

      const raised = await requester(
        `mutation Raise($input: DisclosureRequestInput!) {
          ${owner.raise}(input: $input) { id status } }`,
        {
          input: {
            owner: owner.owner,
            nominalId: id,
            category: owner.category,
            urgency: 'ROUTINE',
            clientRequestId: `postgres-restart-${owner.owner}`,
            ...(owner.forRegion ? { forRegion: owner.forRegion } : {}),
          },
        },
      );
      expect(raised.errors).toBeUndefined();
      const request = raised.data?.[owner.raise] as { id: string };
      const decided = await officer(
        `mutation Decide($id: ID!, $expiresAt: String!) {
          ${owner.decide}(id: $id, decision: APPROVE, legalBasis: "${owner.legalBasis}",
            expiresAt: $expiresAt) { id status grantId } }`,
        {
          id: request.id,
          expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      );
      expect(decided.errors).toBeUndefined();
      const decision = decided.data?.[owner.decide] as {
        status: string;
        grantId: string;
      };
      expect(decision).toMatchObject({
        status: 'APPROVED',
        grantId: expect.any(String) as unknown,
      });
      const disclosed = await fieldOf(requester, owner, id);
      expect(disclosed).not.toBeNull();

      await first.system.stop();
      system = undefined;
      const second = await start(database);
      system = second.system;
      const requesterAgain = await second.as(owner.requester);
      expect(await fieldOf(requesterAgain, owner, id)).toBe(disclosed);

      // The grant and the decision are in the subgraph's own schema on the server.
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        const grants = await client.query<{ id: string }>(
          `select id from ${owner.schema}.disclosure_grants`,
        );
        const requests = await client.query<{ status: string }>(
          `select status from ${owner.schema}.disclosure_requests`,
        );
        expect(grants.rows.map((row) => row.id)).toEqual([decision.grantId]);
        expect(requests.rows).toEqual([{ status: 'APPROVED' }]);
      } finally {
        await client.end();
      }
    },
    240_000,
  );
});
