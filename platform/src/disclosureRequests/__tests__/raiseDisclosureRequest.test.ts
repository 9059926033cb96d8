import { type StoreDialect } from '../../store';
import { createDisclosureRequestService } from '../createDisclosureRequestService';
import {
  callAs,
  createTestDesk,
  decision,
  decisionsOf,
  HMRC_DISCLOSURE_OFFICER,
  later,
  NOW,
  POLICE_ANALYST,
  PURPOSE,
  refusalOf,
  taxRequest,
  type TestDesk,
} from './fixtures';

describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'raising a disclosure request on %s',
  (dialect) => {
    let desk: TestDesk;
    afterEach(() => desk.close());
    beforeEach(async () => {
      desk = await createTestDesk({}, dialect);
    });
    const raise = (
      changes: Record<string, unknown> = {},
      call = callAs(POLICE_ANALYST),
    ) => desk.service.raise(taxRequest(changes), call);

    it('takes a request for what the caller is shown as held, with every default from the caller', async () => {
      expect(await raise()).toEqual({
        id: 'DR-1',
        owner: 'HMRC',
        nominalId: 'NOM-00001',
        category: 'TAX',
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        justification: PURPOSE.justification,
        urgency: 'ROUTINE',
        urgencyReason: null,
        forRegion: 'NORTH_WEST',
        forUnit: 'NWROCU',
        requestedBy: POLICE_ANALYST.sub,
        requesterAgency: 'POLICE',
        clientRequestId: 'client-key-0001',
        status: 'PENDING',
        raisedAt: NOW,
        pendingSince: NOW,
        respondBy: later(28),
        closedAt: null,
        closedBy: null,
        legalBasis: null,
        reason: null,
        grantId: null,
        grantLevel: null,
        grantExpiresAt: null,
        grantRegions: null,
        grantUnits: null,
      });
    });

    it.each([
      ['URGENT', 2],
      ['IMMEDIATE_RISK', 1],
    ])(
      "gives an %s request the register's deadline, %i day(s)",
      async (urgency, days) => {
        const raised = await raise({
          urgency,
          urgencyReason: 'Arrest planned',
        });
        expect(raised.respondBy).toBe(later(days));
      },
    );

    it('answers an NCND category, a nominal the owner does not hold and a category it holds nothing of with one refusal, after the same reads', async () => {
      const answers = [];
      for (const changes of [
        {
          owner: 'NCA',
          category: 'NCA_COVERT_INTEREST',
          nominalId: 'NOM-00002',
        },
        {
          owner: 'NCA',
          category: 'NCA_COVERT_INTEREST',
          nominalId: 'NOM-00001',
        },
        { owner: 'NCA', category: 'NCA_INTEREST', nominalId: 'NOM-00004' },
        { owner: 'HMRC', category: 'TAX', nominalId: 'NOM-09999' },
      ]) {
        desk.reads.length = 0;
        const refusal = await refusalOf(() => raise(changes));
        answers.push({
          code: refusal.extensions.code,
          message: refusal.message,
          reads: [...desk.reads],
        });
      }
      const [first] = answers;
      expect(first).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(
          /has nothing of that kind on that nominal/,
        ),
        reads: ['findRequestByClientId', 'findHeldCategories'],
      });
      // The two NCA refusals read alike; the HMRC one differs only in the owner named.
      expect(answers[1]).toEqual(first);
      expect(answers[2]).toEqual(first);
      expect(answers[3]).toEqual({
        ...first,
        message: first?.message.replace('NCA', 'HMRC'),
      });
      expect(await desk.readRows('disclosure_requests')).toEqual([]);
    });

    it('takes a request from a caller shown only WITHHELD whether or not anything is held, so it never tells', async () => {
      const held = await raise({
        category: 'TAX_INVESTIGATIONS',
        clientRequestId: 'client-key-0002',
      });
      const none = await raise({
        category: 'TAX_INVESTIGATIONS',
        nominalId: 'NOM-09999',
        clientRequestId: 'client-key-0003',
      });
      expect([held.status, none.status]).toEqual(['PENDING', 'PENDING']);
    });

    it('refuses what no grant can lift, or what is already released, with FORBIDDEN', async () => {
      const full = await refusalOf(() =>
        raise({ owner: 'NCA', category: 'NCA_DECONFLICTION' }),
      );
      expect(full.extensions.code).toBe('FORBIDDEN');
      expect(full.message).toMatch(/already released to you in full/);
      const vetted = await refusalOf(() =>
        raise(
          {},
          callAs(
            POLICE_ANALYST,
            decisionsOf({
              'HMRC:TAX': [decision('WITHHELD', 'VETTING_TOO_LOW', false)],
            }),
          ),
        ),
      );
      expect(vetted.message).toMatch(
        /\(VETTING_TOO_LOW\) is not something a case-specific grant can lift/,
      );
    });

    it('refuses a caller who may not read requests before anything is read', async () => {
      const refusal = await refusalOf(() =>
        raise({}, callAs(POLICE_ANALYST, decisionsOf({}, 'NO_AGREEMENT'))),
      );
      expect(refusal.extensions.code).toBe('FORBIDDEN');
      expect(desk.reads).toEqual([]);
    });

    it.each<[string, Record<string, unknown>, RegExp]>([
      [
        'an owner not held here',
        { owner: 'DWP' },
        /owner "DWP" is not an agency whose data this service holds/,
      ],
      [
        "the caller's own agency",
        { owner: 'POLICE' },
        /owner POLICE is your own agency/,
      ],
      [
        'the record of grants',
        { category: 'DISCLOSURE_GRANTS' },
        /record of grants itself/,
      ],
      [
        'a category the owner does not hold here',
        { category: 'ASSETS' },
        /category ASSETS is not one HMRC holds in this service/,
      ],
      [
        'an urgent request without a reason',
        { urgency: 'URGENT' },
        /urgencyReason is required/,
      ],
      [
        'a routine request with a reason',
        { urgencyReason: 'Soon' },
        /leave it out of a ROUTINE one/,
      ],
      [
        "another agency's region",
        { forRegion: 'LONDON' },
        /forRegion "LONDON" is not one of your regions/,
      ],
      [
        'a short justification',
        { justification: 'Because' },
        /at least 10 characters/,
      ],
      [
        'a malformed retry key',
        { clientRequestId: 'short' },
        /clientRequestId "short" is not 8 to 100/,
      ],
    ])(
      'refuses %s with BAD_USER_INPUT, reading nothing',
      async (_case, changes, problem) => {
        const refusal = await refusalOf(() => raise(changes));
        expect(refusal.extensions.code).toBe('BAD_USER_INPUT');
        expect(refusal.message).toMatch(problem);
        expect(desk.reads).toEqual([]);
      },
    );

    it('returns the first request to a retry with the same key, and refuses the key for a different request', async () => {
      const first = await raise();
      expect(await raise()).toEqual(first);
      expect(await desk.readRows('disclosure_requests')).toHaveLength(1);
      const other = await refusalOf(() =>
        raise({ urgency: 'URGENT', urgencyReason: 'Now urgent' }),
      );
      expect(other.message).toMatch(
        /clientRequestId client-key-0001 was already used for a different request \(DR-1\)/,
      );
      // Keys are the requester's own: another requester's same key is a new request.
      const officerCall = callAs({
        ...HMRC_DISCLOSURE_OFFICER,
        agency: 'POLICE',
        sub: 'other',
      });
      expect((await raise({}, officerCall)).id).not.toBe(first.id);
    });

    it('asks for a purpose', async () => {
      const refusal = await refusalOf(() =>
        raise({}, { ...callAs(POLICE_ANALYST), purpose: undefined }),
      );
      expect(refusal.extensions.code).toBe('PURPOSE_REQUIRED');
    });

    it('refuses to start without a deadline for every urgency', () => {
      const { repository } = desk;
      expect(() =>
        createDisclosureRequestService({
          store: repository,
          grantsOver: () => ({}) as never,
          owners: ['HMRC'],
          rules: { deadlines: new Map(), legalBases: new Map() },
          forbiddenLevels: () => [],
        }),
      ).toThrow(/gives no deadline for ROUTINE/);
    });
  },
);
