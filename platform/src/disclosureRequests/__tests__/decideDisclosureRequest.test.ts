import { type StoreDialect } from '../../store';
import {
  callAs,
  createTestDesk,
  HMRC_DISCLOSURE_OFFICER,
  later,
  NCA_DISCLOSURE_OFFICER,
  NOW,
  POLICE_ANALYST,
  refusalOf,
  taxRequest,
  type TestDesk,
  openDeskWithRequest,
} from './fixtures';

describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'deciding a disclosure request on %s',
  (dialect) => {
    let desk: TestDesk;
    let requestId: string;
    afterEach(() => desk.close());
    beforeEach(async () => {
      ({ desk, requestId } = await openDeskWithRequest(dialect));
    });
    const decide = (
      changes: Record<string, unknown> = {},
      caller = HMRC_DISCLOSURE_OFFICER,
    ) =>
      desk.service.decide(
        {
          id: requestId,
          decision: 'APPROVE',
          legalBasis: 'hmrc-crca-s18-2-d',
          expiresAt: later(30),
          ...changes,
        },
        callAs(caller),
      );
    const grants = () => desk.readRows('disclosure_grants');
    const snapshot = async () => [
      await desk.readRows('disclosure_requests'),
      await desk.readRows('disclosure_request_events'),
      await grants(),
    ];

    it("records the grant with the decision: to the requester, for the request's purpose, region and unit, citing the basis", async () => {
      const approved = await decide();
      expect(approved).toMatchObject({
        status: 'APPROVED',
        closedAt: NOW,
        closedBy: HMRC_DISCLOSURE_OFFICER.sub,
        legalBasis: 'hmrc-crca-s18-2-d',
        grantId: 'DG-2',
        grantLevel: 'FULL',
        grantExpiresAt: later(30),
        grantRegions: ['NORTH_WEST'],
        grantUnits: ['NWROCU'],
      });
      expect(await grants()).toEqual([
        expect.objectContaining({
          id: 'DG-2',
          owner: 'HMRC',
          nominal_id: 'NOM-00001',
          category: 'TAX',
          recipient: 'POLICE',
          purpose: 'INTELLIGENCE_DEVELOPMENT',
          legal_basis: 'CRCA 2005 s.18(2)(d) [hmrc-crca-s18-2-d]',
          granted_by: HMRC_DISCLOSURE_OFFICER.sub,
          regions: '["NORTH_WEST"]',
          units: '["NWROCU"]',
          level: 'FULL',
        }),
      ]);
    });

    it('widens the grant when the officer says so', async () => {
      const approved = await decide({
        regions: ['NORTH_WEST', 'WALES'],
        allUnits: true,
      });
      expect(approved).toMatchObject({
        grantRegions: ['NORTH_WEST', 'WALES'],
        grantUnits: null,
      });
    });

    it('declines with a reason the requester reads, recording no grant', async () => {
      const declined = await decide({
        decision: 'DECLINE',
        legalBasis: undefined,
        expiresAt: undefined,
        reason: 'Not necessary for the tasking',
      });
      expect(declined).toMatchObject({
        status: 'DECLINED',
        reason: 'Not necessary for the tasking',
        grantId: null,
      });
      expect(await grants()).toEqual([]);
    });

    it('refuses a second decision with INVALID_TRANSITION and changes nothing', async () => {
      await decide();
      const before = await snapshot();
      const replayed = await refusalOf(() => decide());
      expect(replayed.extensions.code).toBe('INVALID_TRANSITION');
      expect(replayed.message).toBe(
        `Decision refused; nothing was changed. The request is APPROVED since ${NOW}; only a PENDING request can be decided. Nothing was changed.`,
      );
      expect(await snapshot()).toEqual(before);
    });

    it('rolls the grant back when the request was decided meanwhile', async () => {
      await desk.close();
      desk = await createTestDesk(
        { recordDecision: () => Promise.resolve(null) },
        dialect,
      );
      requestId = (
        await desk.service.raise(taxRequest(), callAs(POLICE_ANALYST))
      ).id;
      const raced = await refusalOf(() => decide());
      expect(raced.extensions.code).toBe('INVALID_TRANSITION');
      expect(await grants()).toEqual([]);
    });

    it('leaves the request pending when the grant itself is refused', async () => {
      await desk.service.raise(
        taxRequest({
          nominalId: 'NOM-09999',
          category: 'TAX_INVESTIGATIONS',
          clientRequestId: 'client-key-0002',
        }),
        callAs(POLICE_ANALYST),
      );
      requestId = 'DR-2';
      const refused = await refusalOf(() => decide());
      expect(refused.message).toMatch(
        /HMRC holds no record of nominal NOM-09999/,
      );
      expect((await desk.repository.findRequestById('DR-2'))?.status).toBe(
        'PENDING',
      );
      expect(await grants()).toEqual([]);
    });

    it.each<[string, Record<string, unknown>, string, RegExp]>([
      [
        "a basis on another owner's list",
        { legalBasis: 'nca-cca-s7-4' },
        'BAD_USER_INPUT',
        /not on HMRC's list: hmrc-crca-s18-2-a, /,
      ],
      [
        'no expiry',
        { expiresAt: undefined },
        'BAD_USER_INPUT',
        /expiresAt is required/,
      ],
      [
        'an HMRC approval in part',
        { decision: 'PARTIAL' },
        'BAD_USER_INPUT',
        /HMRC never releases at SUMMARY/,
      ],
      [
        'a decline naming a legal basis',
        { decision: 'DECLINE', reason: 'No' },
        'BAD_USER_INPUT',
        /legalBasis is for an approval/,
      ],
      [
        'a decline without a reason',
        { decision: 'DECLINE', legalBasis: undefined, expiresAt: undefined },
        'BAD_USER_INPUT',
        /reason \(which the requester reads\) is required/,
      ],
      [
        'units and every unit at once',
        { units: ['NWROCU'], allUnits: true },
        'BAD_USER_INPUT',
        /cannot both be given/,
      ],
      [
        'an unknown decision',
        { decision: 'MAYBE' },
        'BAD_USER_INPUT',
        /decision "MAYBE" is not one of APPROVE, PARTIAL, DECLINE/,
      ],
    ])(
      'refuses %s, changing nothing',
      async (_case, changes, code, problem) => {
        const before = await snapshot();
        const refusal = await refusalOf(() => decide(changes));
        expect(refusal.extensions.code).toBe(code);
        expect(refusal.message).toMatch(problem);
        expect(await snapshot()).toEqual(before);
      },
    );

    it("lets only a disclosure officer of the owner decide, and does not confirm another owner's request", async () => {
      expect(
        (await refusalOf(() => decide({}, POLICE_ANALYST))).extensions.code,
      ).toBe('FORBIDDEN');
      const other = await refusalOf(() => decide({}, NCA_DISCLOSURE_OFFICER));
      expect(other.extensions.code).toBe('BAD_USER_INPUT');
      expect(other.message).toMatch(
        /NCA's queue holds no request with that id/,
      );
      const unknown = await refusalOf(() =>
        decide({ id: 'DR-404' }, NCA_DISCLOSURE_OFFICER),
      );
      expect(unknown.message).toBe(other.message);
    });

    it("refuses a basis that does not serve the request's purpose", async () => {
      await desk.service.raise(
        taxRequest({
          category: 'TAX_INVESTIGATIONS',
          clientRequestId: 'client-key-0003',
        }),
        {
          ...callAs(POLICE_ANALYST),
          purpose: {
            purpose: 'COHORT_MANAGEMENT',
            justification: 'Cohort review for the PSF',
          },
        },
      );
      requestId = 'DR-2';
      expect((await refusalOf(() => decide())).message).toMatch(
        /hmrc-crca-s18-2-d \(CRCA 2005 s\.18\(2\)\(d\)\) does not serve COHORT_MANAGEMENT/,
      );
      expect((await decide({ legalBasis: 'hmrc-crca-s20' })).status).toBe(
        'APPROVED',
      );
    });

    it('approves an NCA request in part: a grant at SUMMARY', async () => {
      await desk.service.raise(
        taxRequest({
          owner: 'NCA',
          category: 'NCA_INTEREST',
          clientRequestId: 'client-key-0004',
        }),
        callAs(POLICE_ANALYST),
      );
      requestId = 'DR-2';
      const partial = await decide(
        { decision: 'PARTIAL', legalBasis: 'nca-cca-s7-4' },
        NCA_DISCLOSURE_OFFICER,
      );
      expect(partial).toMatchObject({
        status: 'PARTIALLY_APPROVED',
        grantLevel: 'SUMMARY',
      });
      expect(await grants()).toEqual([
        expect.objectContaining({ level: 'SUMMARY' }),
      ]);
    });
  },
);
