import { createRecordingSink } from '@marsoc/platform/testing';
import { type Caller } from '@marsoc/schema';
import {
  actAs,
  codesOf,
  createRequestSystem,
  findNominals,
  REOPEN,
  requestOf,
  WITHDRAW,
} from './helpers/disclosureRequestOperations';
import {
  type GatewayResult,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import {
  callerOf,
  EAST_MIDLANDS_ANALYST,
  NCA_DISCLOSURE_OFFICER,
  purposeOf,
} from './helpers/personas';

// Disclosure requests, the owner's side (issue 12; docs/policy-model.md#disclosure-requests),
// through the real gateway, the real subgraphs and the real register.

const POLICE_ANALYST = callerOf('police-analyst');
const HMRC_DISCLOSURE_OFFICER = callerOf('hmrc-disclosure-officer');
const INTELLIGENCE = purposeOf(
  'INTELLIGENCE_DEVELOPMENT',
  'Subject profile for the NWROCU tasking meeting',
);
const DECIDING = purposeOf(
  'INTELLIGENCE_DEVELOPMENT',
  'Deciding requests in the HMRC disclosure queue',
);

const START = new Date('2026-03-02T09:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (offset: number): Date => new Date(START.getTime() + offset);
const inDays = (days: number): string => at(days * DAY).toISOString();

const TAX_PICTURE = `query Tax($id: ID!) {
  nominal(id: $id) { id hmrc { taxReference selfAssessments { taxYear } } }
}`;

describe('disclosure requests through the whole system (issue 12)', () => {
  let system: InProcessSupergraph;
  let now: Date;
  const ownerSink = createRecordingSink();
  const ownerRecords = ownerSink.records;
  let hmrcTax: string[];
  beforeAll(async () => {
    hmrcTax = (await findNominals()).held('HMRC', 'TAX');
  });
  let requestCount = 0;
  /** A retry key no other request in this run uses. */
  const newKey = () => `test-request-${(requestCount += 1)}`;

  beforeAll(async () => {
    system = await createRequestSystem(ownerSink, () => now);
  }, 120_000);
  afterAll(() => system.stop());
  beforeEach(() => {
    now = START;
    ownerRecords.length = 0;
  });

  const analyst = () => actAs(system, POLICE_ANALYST, INTELLIGENCE);
  const hmrcOfficer = () => actAs(system, HMRC_DISCLOSURE_OFFICER, DECIDING);
  const taxRequest = (nominalId: string, changes: object = {}) => ({
    owner: 'HMRC',
    nominalId,
    category: 'TAX',
    urgency: 'ROUTINE',
    clientRequestId: newKey(),
    ...changes,
  });
  const raiseTax = async (nominalId: string, changes: object = {}) =>
    requestOf(
      await analyst().raise(taxRequest(nominalId, changes)),
      'requestDisclosure',
    );
  const approve = (id: string, changes: object = {}) =>
    hmrcOfficer().decide({
      id,
      decision: 'APPROVE',
      legalBasis: 'hmrc-crca-s18-2-d',
      expiresAt: inDays(30),
      ...changes,
    });
  const taxOf = (caller: Caller, nominalId: string) =>
    system.query(caller, INTELLIGENCE, TAX_PICTURE, { id: nominalId });
  const hmrcOf = (result: GatewayResult) =>
    (result.data?.nominal as { hmrc: unknown } | undefined)?.hmrc;

  it("takes a police analyst's request for HMRC tax on NOM-00001, approved under CRCA 2005 s.18(2)(d), and opens the tax to their region only", async () => {
    const before = await taxOf(POLICE_ANALYST, 'NOM-00001');
    expect(hmrcOf(before)).toBeNull();
    const raised = await raiseTax('NOM-00001');
    expect(raised).toMatchObject({
      owner: 'HMRC',
      nominalId: 'NOM-00001',
      category: 'TAX',
      status: 'PENDING',
      purpose: 'INTELLIGENCE_DEVELOPMENT',
      justification: INTELLIGENCE.justification,
      forRegion: 'NORTH_WEST',
      forUnit: 'NWROCU',
      requestedBy: POLICE_ANALYST.sub,
      requesterAgency: 'POLICE',
      raisedAt: START.toISOString(),
      respondBy: inDays(28),
      grantId: null,
    });
    const queue = await hmrcOfficer().list({ status: 'PENDING' });
    expect(queue?.map((request) => request.id)).toContain(raised.id);

    now = at(3 * HOUR);
    const approved = requestOf(
      await approve(raised.id),
      'decideDisclosureRequest',
    );
    expect(approved).toMatchObject({
      status: 'APPROVED',
      legalBasis: 'hmrc-crca-s18-2-d',
      closedBy: HMRC_DISCLOSURE_OFFICER.sub,
      grantId: expect.stringMatching(/^DG-/),
      grantLevel: 'FULL',
      grantExpiresAt: inDays(30),
      grantRegions: ['NORTH_WEST'],
      grantUnits: ['NWROCU'],
    });

    now = at(4 * HOUR);
    const after = await taxOf(POLICE_ANALYST, 'NOM-00001');
    expect(after.errors).toBeUndefined();
    expect(hmrcOf(after)).toEqual({
      taxReference: expect.any(String),
      selfAssessments: expect.arrayContaining([
        { taxYear: expect.any(String) },
      ]),
    });
    const elsewhere = await taxOf(EAST_MIDLANDS_ANALYST, 'NOM-00001');
    expect(hmrcOf(elsewhere)).toBeNull();
    expect(codesOf(elsewhere)).toEqual(['WITHHELD']);

    // COLLECTION for the request, ALTERATION for the decision, and the read
    // the grant opened is the owner's DISCLOSURE naming that grant.
    const processing = ownerRecords
      .filter((record) => record.nominalIds.includes('NOM-00001'))
      .map((record) => record.processing);
    expect(processing).toEqual([
      'DISCLOSURE', // the read before: tax held
      'COLLECTION', // the request
      'DISCLOSURE', // the officer's queue
      'ALTERATION', // the approval
      'DISCLOSURE', // the read the grant opened
      'DISCLOSURE', // another region's read: tax still held
    ]);
    const released = ownerRecords
      .flatMap((record) => record.disclosures)
      .filter((entry) => entry.category === 'TAX' && entry.released.length > 0);
    expect(released.map((entry) => entry.rules)).toEqual([
      [`grant:${approved.grantId}`],
    ]);

    // A replayed decision is refused and changes nothing: no second grant.
    const replayed = await approve(raised.id);
    expect(codesOf(replayed)).toEqual(['INVALID_TRANSITION']);
    expect(replayed.errors?.[0]?.message).toMatch(/APPROVED since/);
    const [stored] = (await analyst().list()) ?? [];
    expect(stored).toEqual(approved);
    const grants = await hmrcOfficer().run(
      `query ($id: ID!) { disclosureGrants(nominalId: $id) { id legalBasis level } }`,
      { id: 'NOM-00001' },
    );
    expect(grants.data?.disclosureGrants).toEqual([
      {
        id: approved.grantId,
        legalBasis: 'CRCA 2005 s.18(2)(d) [hmrc-crca-s18-2-d]',
        level: 'FULL',
      },
    ]);
  });

  it('shows a decline and its reason to the requester, who may re-open it with a new justification', async () => {
    const raised = await raiseTax(hmrcTax[1] as string);
    const declined = requestOf(
      await hmrcOfficer().decide({
        id: raised.id,
        decision: 'DECLINE',
        reason: 'Not necessary: the NWROCU already holds the returns',
      }),
      'decideDisclosureRequest',
    );
    expect(declined).toMatchObject({ status: 'DECLINED', grantId: null });
    const seen = (await analyst().list({ status: 'DECLINED' }))?.find(
      (request) => request.id === raised.id,
    );
    expect(seen?.reason).toBe(
      'Not necessary: the NWROCU already holds the returns',
    );
    now = at(DAY);
    const reopened = await analyst().run(REOPEN, {
      id: raised.id,
      justification: 'New evidence of undeclared income from a search',
    });
    expect(requestOf(reopened, 'reopenDisclosureRequest')).toMatchObject({
      status: 'PENDING',
      justification: 'New evidence of undeclared income from a search',
      pendingSince: inDays(1),
      respondBy: inDays(29),
      closedAt: null,
      reason: null,
    });
  });

  it('expires an urgent request left undecided past its two days, at the clock the enforcement reads, and refuses a decision then', async () => {
    const raised = await raiseTax(hmrcTax[2] as string, {
      urgency: 'URGENT',
      urgencyReason: 'Arrest planned for Friday',
    });
    expect(raised.respondBy).toBe(inDays(2));
    now = at(2 * DAY + 1);
    const late = await approve(raised.id);
    expect(codesOf(late)).toEqual(['INVALID_TRANSITION']);
    expect(late.errors?.[0]?.message).toMatch(/EXPIRED since/);
    const seen = (await analyst().list({ status: 'EXPIRED' }))?.find(
      (request) => request.id === raised.id,
    );
    expect(seen).toMatchObject({ closedAt: inDays(2), closedBy: null });
  });

  it('lets the requester alone withdraw a pending request, once', async () => {
    const raised = await raiseTax(hmrcTax[3] as string);
    const stranger = await actAs(
      system,
      EAST_MIDLANDS_ANALYST,
      INTELLIGENCE,
    ).run(WITHDRAW, { id: raised.id });
    expect(codesOf(stranger)).toEqual(['BAD_USER_INPUT']);
    const withdrawn = await analyst().run(WITHDRAW, { id: raised.id });
    expect(requestOf(withdrawn, 'withdrawDisclosureRequest').status).toBe(
      'WITHDRAWN',
    );
    const again = await analyst().run(WITHDRAW, { id: raised.id });
    expect(codesOf(again)).toEqual(['INVALID_TRANSITION']);
    // The raise collected, the withdrawal altered; each refusal is an ALTERATION that failed.
    expect(
      ownerRecords.map((record) => [record.processing, record.outcome]),
    ).toEqual([
      ['COLLECTION', 'SUCCESS'],
      ['ALTERATION', 'ERROR'],
      ['ALTERATION', 'SUCCESS'],
      ['ALTERATION', 'ERROR'],
    ]);
    expect(ownerRecords[2]?.nominalIds).toEqual([raised.nominalId]);
  });

  it('answers a retried raise with the first request, never a second row, and refuses the key for another request', async () => {
    const input = taxRequest(hmrcTax[4] as string);
    const first = requestOf(await analyst().raise(input), 'requestDisclosure');
    const retried = requestOf(
      await analyst().raise(input),
      'requestDisclosure',
    );
    expect(retried).toEqual(first);
    const mine = (await analyst().list())?.filter(
      (request) => request.nominalId === input.nominalId,
    );
    expect(mine).toHaveLength(1);
    const reused = await analyst().raise({
      ...input,
      urgency: 'URGENT',
      urgencyReason: 'Now urgent',
    });
    expect(codesOf(reused)).toEqual(['BAD_USER_INPUT']);
    expect(reused.errors?.[0]?.message).toMatch(
      /already used for a different request/,
    );
  });

  it("lets only the owner's disclosure officers decide, from their own queue, under a basis on their own list", async () => {
    const raised = await raiseTax(hmrcTax[5] as string);
    const byAnalyst = await analyst().decide({
      id: raised.id,
      decision: 'DECLINE',
      reason: 'No',
    });
    expect(codesOf(byAnalyst)).toEqual(['FORBIDDEN']);
    const byNca = await actAs(system, NCA_DISCLOSURE_OFFICER, DECIDING).decide({
      id: raised.id,
      decision: 'DECLINE',
      reason: 'Not ours',
    });
    expect(codesOf(byNca)).toEqual(['BAD_USER_INPUT']);
    expect(byNca.errors?.[0]?.message).toMatch(
      /NCA's queue holds no request with that id/,
    );
    const ncaBasis = await approve(raised.id, { legalBasis: 'nca-cca-s7-4' });
    expect(codesOf(ncaBasis)).toEqual(['BAD_USER_INPUT']);
    expect(ncaBasis.errors?.[0]?.message).toMatch(
      /not on HMRC's list: hmrc-crca-s18-2-a/,
    );
    const inPart = await hmrcOfficer().decide({
      id: raised.id,
      decision: 'PARTIAL',
      legalBasis: 'hmrc-crca-s18-2-d',
      expiresAt: inDays(30),
    });
    expect(inPart.errors?.[0]?.message).toMatch(
      /HMRC never releases at SUMMARY/,
    );
    const [still] = ((await analyst().list()) ?? []).filter(
      (request) => request.id === raised.id,
    );
    expect(still?.status).toBe('PENDING');
    expect(
      (await actAs(system, EAST_MIDLANDS_ANALYST, INTELLIGENCE).list())?.map(
        (request) => request.id,
      ),
    ).not.toContain(raised.id);
    expect(
      (await actAs(system, NCA_DISCLOSURE_OFFICER, DECIDING).list())?.map(
        (request) => request.id,
      ),
    ).not.toContain(raised.id);
  });
});
