import { Client } from 'pg';
import {
  createTestDatabase,
  type TestDatabase,
} from '@marsoc/platform/testing';
import { JUSTIFICATION_HEADER, PURPOSE_HEADER } from '@marsoc/schema/wire';
import {
  type LimitedSystem,
  startLimitedSystem,
} from './limits/startLimitedSystem';

// NCA/HMRC on DATABASE_URL end to end (docs/postgres-store.md, step 3): the
// real services, started in this process as their main.ts starts them, with
// NCA/HMRC's data and its disclosure desk in PostgreSQL. A grant approved
// there outlives the service: started again on the same database, it still
// opens the field to the requester.
const BASE_PORT = Number(process.env.NCAHMRC_POSTGRES_TEST_PORT ?? 19000);

const TAX = `query Tax($id: ID!) { nominal(id: $id) { id hmrc { taxReference } } }`;
const RAISE = `mutation Raise($input: DisclosureRequestInput!) {
  requestDisclosure(input: $input) { id status }
}`;
const DECIDE = `mutation Decide($id: ID!, $expiresAt: String!) {
  decideDisclosureRequest(id: $id, decision: APPROVE,
    legalBasis: "hmrc-crca-s18-2-d", expiresAt: $expiresAt) { id status grantId }
}`;

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

/** One operation through the gateway as `token`'s caller, developing intelligence. */
async function ask(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      [PURPOSE_HEADER]: 'INTELLIGENCE_DEVELOPMENT',
      [JUSTIFICATION_HEADER]: 'Subject profile for the NWROCU tasking meeting',
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

/** The whole system, NCA/HMRC on the database, with one gateway. */
async function start(database: TestDatabase) {
  const system = await startLimitedSystem(BASE_PORT, {
    DATABASE_URL: database.url,
  });
  const { url } = await system.startGateway({});
  const as = async (persona: string) => {
    const token = await system.token(persona);
    return (query: string, variables: Record<string, unknown>) =>
      ask(url, token, query, variables);
  };
  return { system, as };
}

const taxReferenceOf = (answer: Answer) =>
  (answer.data?.nominal as { hmrc: { taxReference: string } | null } | null)
    ?.hmrc?.taxReference ?? null;

describe('NCA/HMRC with DATABASE_URL, through the real services', () => {
  let database: TestDatabase;
  let system: LimitedSystem | undefined;
  beforeAll(async () => {
    database = await createTestDatabase('ncahmrc_service');
  });
  afterEach(async () => {
    await system?.stop();
    system = undefined;
  });
  afterAll(() => database.drop());

  it('keeps an approved grant in PostgreSQL: after a restart on the same database the requester still sees the tax record', async () => {
    const first = await start(database);
    system = first.system;
    const analyst = await first.as('police-analyst');
    const officer = await first.as('hmrc-disclosure-officer');
    const nominal = { id: 'NOM-00001' };
    expect(taxReferenceOf(await analyst(TAX, nominal))).toBeNull();

    const raised = await analyst(RAISE, {
      input: {
        owner: 'HMRC',
        nominalId: nominal.id,
        category: 'TAX',
        urgency: 'ROUTINE',
        clientRequestId: 'postgres-restart-1',
      },
    });
    expect(raised.errors).toBeUndefined();
    const { id } = raised.data?.requestDisclosure as { id: string };
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const decided = await officer(DECIDE, { id, expiresAt });
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideDisclosureRequest).toMatchObject({
      status: 'APPROVED',
      grantId: expect.any(String) as unknown,
    });
    const disclosed = taxReferenceOf(await analyst(TAX, nominal));
    expect(disclosed).not.toBeNull();

    await first.system.stop();
    system = undefined;
    const second = await start(database);
    system = second.system;
    const analystAgain = await second.as('police-analyst');
    expect(taxReferenceOf(await analystAgain(TAX, nominal))).toBe(disclosed);

    // The grant and the decision are in NCA/HMRC's own schema on the server.
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const grants = await client.query<{ id: string }>(
        'select id from ncahmrc.disclosure_grants',
      );
      const requests = await client.query<{ status: string }>(
        'select status from ncahmrc.disclosure_requests',
      );
      expect(grants.rows.map((row) => row.id)).toEqual([
        (decided.data?.decideDisclosureRequest as { grantId: string }).grantId,
      ]);
      expect(requests.rows).toEqual([{ status: 'APPROVED' }]);
    } finally {
      await client.end();
    }
  }, 240_000);
});
