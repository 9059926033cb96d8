import { createRecordingSink } from '@marsoc/platform/testing';
import {
  actAs,
  codesOf,
  createRequestSystem,
  FIGURES,
  findNominals,
  REOPEN,
  requestOf,
  WITHDRAW,
} from './helpers/disclosureRequestOperations';
import { type InProcessSupergraph } from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';

// The Performance Framework's figures for disclosure requests (issue 12 point 5;
// seed 000 E771-E829, E814): per owner, region and period, as aggregates.

const POLICE_ANALYST = callerOf('police-analyst');
const HMRC_DISCLOSURE_OFFICER = callerOf('hmrc-disclosure-officer');
const INTELLIGENCE = purposeOf(
  'INTELLIGENCE_DEVELOPMENT',
  'Subject profile for the NWROCU tasking meeting',
);
const REPORTING = purposeOf(
  'PERFORMANCE_REPORTING',
  'Quarterly Performance Framework return',
);

const START = new Date('2026-09-01T09:00:00.000Z');
const HOUR = 3_600_000;
const at = (hours: number): Date => new Date(START.getTime() + hours * HOUR);
const SEPTEMBER = { owner: 'HMRC', from: '2026-09-01', to: '2026-09-30' };

describe('disclosure request figures (issue 12 point 5)', () => {
  let system: InProcessSupergraph;
  let now = START;
  let hmrcTax: string[];
  beforeAll(async () => {
    hmrcTax = (await findNominals()).held('HMRC', 'TAX');
  });

  beforeAll(async () => {
    system = await createRequestSystem(createRecordingSink(), () => now);
    await runSeptember();
  }, 120_000);
  afterAll(() => system.stop());

  const analyst = () => actAs(system, POLICE_ANALYST, INTELLIGENCE);
  const officer = () =>
    actAs(
      system,
      HMRC_DISCLOSURE_OFFICER,
      purposeOf('INTELLIGENCE_DEVELOPMENT', 'Deciding the HMRC queue'),
    );
  const raise = async (index: number, changes: object = {}) =>
    requestOf(
      await analyst().raise({
        owner: 'HMRC',
        nominalId: hmrcTax[index],
        category: 'TAX',
        urgency: 'ROUTINE',
        clientRequestId: `figures-${index}`,
        ...changes,
      }),
      'requestDisclosure',
    ).id;
  const approve = async (id: string) =>
    requestOf(
      await officer().decide({
        id,
        decision: 'APPROVE',
        legalBasis: 'hmrc-crca-s18-2-d',
        expiresAt: '2026-12-31T23:59:59Z',
      }),
      'decideDisclosureRequest',
    );

  /**
   * Four requests: one approved after 10 hours and its tax then read; one
   * declined after 30 hours, re-opened and approved 50 hours later; one urgent,
   * left to expire; one withdrawn.
   */
  async function runSeptember(): Promise<void> {
    const approved = await raise(0);
    const declined = await raise(1);
    await raise(2, { urgency: 'URGENT', urgencyReason: 'Arrest on Thursday' });
    const withdrawn = await raise(3);
    now = at(1);
    requestOf(
      await analyst().run(WITHDRAW, { id: withdrawn }),
      'withdrawDisclosureRequest',
    );
    now = at(10);
    await approve(approved);
    now = at(11);
    const read = await system.query(
      POLICE_ANALYST,
      INTELLIGENCE,
      `query ($id: ID!) { nominal(id: $id) { id hmrc { taxReference } } }`,
      { id: hmrcTax[0] },
    );
    expect(read.errors).toBeUndefined();
    now = at(30);
    requestOf(
      await officer().decide({
        id: declined,
        decision: 'DECLINE',
        reason: 'Not necessary for the tasking',
      }),
      'decideDisclosureRequest',
    );
    now = at(72);
    requestOf(
      await analyst().run(REOPEN, {
        id: declined,
        justification: 'The tasking now needs the declared income',
      }),
      'reopenDisclosureRequest',
    );
    now = at(122);
    await approve(declined);
  }

  const figuresAs =
    (caller = callerOf('regional-lead'), purpose = REPORTING) =>
    (question: Record<string, unknown> = SEPTEMBER) =>
      system.query(caller, purpose, FIGURES, question);

  it('counts raised, decided, approved, declined, withdrawn and expired requests, the time to decision and the grants used, for the North West', async () => {
    const result = await figuresAs()();
    expect(result.errors).toBeUndefined();
    const expected = {
      raised: 4,
      reopened: 1,
      decided: 3,
      approved: 2,
      partiallyApproved: 0,
      declined: 1,
      withdrawn: 1,
      expired: 1,
      medianHoursToDecision: 30,
      p90HoursToDecision: 50,
      grantsUsed: 1,
    };
    expect(result.data?.disclosureRequestFigures).toEqual({
      total: { region: null, ...expected },
      byRegion: [{ region: 'NORTH_WEST', ...expected }],
    });
  });

  it('counts nothing outside the period or for another owner', async () => {
    const august = await figuresAs()({
      ...SEPTEMBER,
      from: '2026-08-01',
      to: '2026-08-31',
    });
    const nca = await figuresAs()({ ...SEPTEMBER, owner: 'NCA' });
    for (const result of [august, nca]) {
      const figures = result.data?.disclosureRequestFigures as {
        total: Record<string, unknown>;
        byRegion: unknown[];
      };
      expect(figures.byRegion).toEqual([]);
      expect(figures.total).toMatchObject({
        raised: 0,
        decided: 0,
        medianHoursToDecision: null,
        grantsUsed: 0,
      });
    }
  });

  it('gives the figures to no one the register keeps aggregates from (DWP), and refuses a malformed period', async () => {
    const dwp = await figuresAs(callerOf('dwp-officer'), INTELLIGENCE)();
    expect(dwp.data?.disclosureRequestFigures).toEqual({
      total: null,
      byRegion: null,
    });
    expect(codesOf(dwp)).toEqual(['WITHHELD', 'WITHHELD']);
    const backwards = await figuresAs()({ ...SEPTEMBER, to: '2026-08-01' });
    expect(codesOf(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.errors?.[0]?.message).toMatch(
      /to must not be before from/,
    );
  });
});
