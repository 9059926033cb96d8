import {
  createTestDatabase,
  type TestDatabase,
} from '@marsoc/platform/testing';
import { readBasePort } from './e2e/readBasePort';
import {
  type Answer,
  ask,
  type LimitedSystem,
  startLimitedSystem,
} from './limits/startLimitedSystem';

// The subgraphs that keep their store on DATABASE_URL, end to end
// (docs/postgres-store.md): the real services, started in this process as
// their main.ts starts them, each with its data and its disclosure desk in
// its own PostgreSQL schema. A grant made there outlives the service: started
// again on the same database, it still opens the field to its recipient.
// Five subgraphs and one gateway.
const BASE_PORT = readBasePort('STORES_POSTGRES_TEST_PORT', 19000, 6);

type Ask = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<Answer['body']>;

/** How an owner's grant comes about: the grant's id, and the requests left behind. */
type MakeGrant = (
  recipient: Ask,
  officer: Ask,
) => Promise<{ grantId: string; requests: { status: string }[] }>;

/** One owner's desk on the server: who is given what, by whom. */
interface OwnerCase {
  owner: 'HMRC' | 'HMPPS' | 'POLICE';
  category: string;
  schema: string;
  recipient: string;
  officer: string;
  /** The picture, with the owner's field under `nominal`. */
  query: string;
  read: (nominal: Record<string, unknown>) => unknown;
  makeGrant: MakeGrant;
}

const NOMINAL_ID = 'NOM-00001';
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString();

/** The recipient asks (seed 000: "Dare to Share"), the owner's officer approves. */
function throughRequest(desk: {
  owner: string;
  category: string;
  raise: string;
  decide: string;
  legalBasis: string;
  /** Asked for one of the requester's regions, where it has more than one. */
  forRegion?: string;
}): MakeGrant {
  return async (recipient, officer) => {
    const raised = await recipient(
      `mutation Raise($input: DisclosureRequestInput!) {
        ${desk.raise}(input: $input) { id status } }`,
      {
        input: {
          owner: desk.owner,
          nominalId: NOMINAL_ID,
          category: desk.category,
          urgency: 'ROUTINE',
          clientRequestId: `postgres-restart-${desk.owner}`,
          ...(desk.forRegion ? { forRegion: desk.forRegion } : {}),
        },
      },
    );
    expect(raised.errors).toBeUndefined();
    const request = raised.data?.[desk.raise] as { id: string };
    const decided = await officer(
      `mutation Decide($id: ID!, $expiresAt: String!) {
        ${desk.decide}(id: $id, decision: APPROVE, legalBasis: "${desk.legalBasis}",
          expiresAt: $expiresAt) { id status grantId } }`,
      { id: request.id, expiresAt: inDays(30) },
    );
    expect(decided.errors).toBeUndefined();
    const decision = decided.data?.[desk.decide] as {
      status: string;
      grantId: string;
    };
    expect(decision.status).toBe('APPROVED');
    return { grantId: decision.grantId, requests: [{ status: 'APPROVED' }] };
  };
}

/** The owner's officer records the grant unasked (no persona may ask the police). */
function recordedDirectly(desk: {
  record: string;
  input: Record<string, unknown>;
}): MakeGrant {
  return async (_recipient, officer) => {
    const recorded = await officer(
      `mutation Record($input: ${desk.record.replace(/^record/, '')}Input!) {
        ${desk.record}(input: $input) { id } }`,
      { input: { ...desk.input, expiresAt: inDays(30) } },
    );
    expect(recorded.errors).toBeUndefined();
    const grant = recorded.data?.[desk.record] as { id: string };
    return { grantId: grant.id, requests: [] };
  };
}

const OWNERS: OwnerCase[] = [
  {
    owner: 'HMRC',
    category: 'TAX',
    schema: 'ncahmrc',
    recipient: 'police-analyst',
    officer: 'hmrc-disclosure-officer',
    query: `query Tax($id: ID!) { nominal(id: $id) { id hmrc { taxReference } } }`,
    read: (nominal) =>
      (nominal.hmrc as { taxReference: string } | null)?.taxReference ?? null,
    makeGrant: throughRequest({
      owner: 'HMRC',
      category: 'TAX',
      raise: 'requestDisclosure',
      decide: 'decideDisclosureRequest',
      legalBasis: 'hmrc-crca-s18-2-d',
    }),
  },
  {
    owner: 'HMPPS',
    category: 'CUSTODY',
    schema: 'hmpps',
    recipient: 'nca-officer',
    officer: 'hmpps-disclosure-officer',
    query: `query Custody($id: ID!) { nominal(id: $id) { id custody { establishment } } }`,
    read: (nominal) =>
      (nominal.custody as { establishment: string } | null)?.establishment ??
      null,
    makeGrant: throughRequest({
      owner: 'HMPPS',
      category: 'CUSTODY',
      raise: 'requestHmppsDisclosure',
      decide: 'decideHmppsDisclosureRequest',
      legalBasis: 'hmpps-cca-s7-1',
      forRegion: 'NORTH_WEST',
    }),
  },
  {
    owner: 'POLICE',
    category: 'IDENTITY',
    schema: 'police',
    recipient: 'dwp-officer',
    officer: 'police-disclosure-officer',
    query: `query Identity($id: ID!) { nominal(id: $id) { id police { identity { pncId } } } }`,
    read: (nominal) =>
      (nominal.police as { identity: { pncId: string } | null } | null)
        ?.identity?.pncId ?? null,
    makeGrant: recordedDirectly({
      record: 'recordPoliceDisclosureGrant',
      input: {
        nominalId: NOMINAL_ID,
        category: 'IDENTITY',
        recipient: 'DWP',
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        legalBasis: 'DPA 2018 s.35(2)(b) for a s.31 purpose',
        regions: ['NORTH_WEST'],
      },
    }),
  },
];

/** The whole system, every subgraph given DATABASE_URL (those that declare sharedStore keep their store there), with one gateway. */
async function start(database: TestDatabase) {
  const system = await startLimitedSystem(BASE_PORT, {
    DATABASE_URL: database.url,
  });
  const { url } = await system.startGateway({});
  const as = async (
    persona: string,
    purpose = 'INTELLIGENCE_DEVELOPMENT',
  ): Promise<Ask> => {
    const token = await system.token(persona);
    return async (query, variables) =>
      (await ask(url, token, query, purpose, variables)).body;
  };
  return { system, as };
}

const COHORT_OF = `query Cohort($id: ID!) { nominal(id: $id) { id cohort { status region } } }`;

/** What `owner` shows the caller of the nominal's field: null while withheld. */
async function fieldOf(caller: Ask, owner: OwnerCase): Promise<unknown> {
  const answer = await caller(owner.query, { id: NOMINAL_ID });
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
    'keeps a grant of $owner $category in PostgreSQL: after a restart on the same database its recipient still sees it',
    async (owner) => {
      const first = await start(database);
      system = first.system;
      const recipient = await first.as(owner.recipient);
      const officer = await first.as(owner.officer);
      expect(await fieldOf(recipient, owner)).toBeNull();
      const { grantId, requests } = await owner.makeGrant(recipient, officer);
      const disclosed = await fieldOf(recipient, owner);
      expect(disclosed).not.toBeNull();

      await first.system.stop();
      system = undefined;
      const second = await start(database);
      system = second.system;
      const recipientAgain = await second.as(owner.recipient);
      expect(await fieldOf(recipientAgain, owner)).toBe(disclosed);

      // The grant and any request are in the subgraph's own schema on the server.
      const grants = await database.query<{ id: string }>(
        `select id from ${owner.schema}.disclosure_grants`,
      );
      const stored = await database.query<{ status: string }>(
        `select status from ${owner.schema}.disclosure_requests`,
      );
      expect(grants.map((row) => row.id)).toEqual([grantId]);
      expect(stored).toEqual(requests);
    },
    240_000,
  );

  it('keeps an APMIS nomination in PostgreSQL: after a restart on the same database the cohort still shows it', async () => {
    const nominate = `mutation Nominate($input: CohortNominationInput!) {
      nominateForCohort(input: $input) { status region } }`;
    const first = await start(database);
    system = first.system;
    // A North West nominal whose latest nomination is closed, so it may be nominated again.
    const [fresh] = await database.query<{ id: string; cycle: number }>(
      `select nominal_id as id, cycle_nominated as cycle from apmis.cohort_nomination n
       where region = 'NORTH_WEST'
         and status in ('NOT_PUT_FORWARD', 'NOT_SELECTED', 'DESELECTED', 'EXITED')
         and id = (select max(id) from apmis.cohort_nomination m where m.nominal_id = n.nominal_id)
       order by nominal_id limit 1`,
    );
    if (fresh === undefined)
      throw new Error('the seed left no closed North West nomination');
    const input = {
      nominalId: fresh.id,
      region: 'NORTH_WEST',
      cycle: fresh.cycle,
      supervisionStatus: 'CUSTODY',
      mandatoryCriteriaMet: ['HIGHEST_HARM', 'CURRENT_SOC_ACTIVITY'],
    };
    const nominator = await first.as('police-analyst', 'COHORT_MANAGEMENT');
    const nominated = await nominator(nominate, { input });
    expect(nominated.errors).toBeUndefined();
    expect(nominated.data?.nominateForCohort).toEqual({
      status: 'NOMINATED',
      region: 'NORTH_WEST',
    });

    await first.system.stop();
    system = undefined;
    const second = await start(database);
    system = second.system;
    const lead = await second.as('regional-lead', 'COHORT_MANAGEMENT');
    const cohort = await lead(COHORT_OF, { id: fresh.id });
    expect(cohort.errors).toBeUndefined();
    expect(cohort.data?.nominal).toEqual({
      id: fresh.id,
      cohort: { status: 'NOMINATED', region: 'NORTH_WEST' },
    });

    // The new nomination and its one event are in APMIS's own schema on the server.
    const stored = await database.query<{ status: string; events: string }>(
      `select n.status, (select count(*) from apmis.cohort_event e
         where e.nomination_id = n.id) as events
       from apmis.cohort_nomination n where n.nominal_id = $1
       order by n.id desc limit 1`,
      [fresh.id],
    );
    expect(stored).toEqual([{ status: 'NOMINATED', events: '1' }]);
  }, 240_000);
});
