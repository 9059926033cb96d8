import { type StoreDialect } from '../../store';
import {
  callAs,
  DAY,
  HMRC_DISCLOSURE_OFFICER,
  later,
  NCA_DISCLOSURE_OFFICER,
  POLICE_ANALYST,
  refusalOf,
  taxRequest,
  type TestDesk,
  openDeskWithRequest,
  URGENT,
} from './fixtures';

const OTHER_ANALYST = { ...POLICE_ANALYST, sub: 'test-other-analyst' };

describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'withdrawing, expiring, re-opening and listing requests on %s',
  (dialect) => {
    let desk: TestDesk;
    let requestId: string;
    afterEach(() => desk.close());
    beforeEach(async () => {
      ({ desk, requestId } = await openDeskWithRequest(dialect, URGENT));
    });
    const decline = (now = later(0)) =>
      desk.service.decide(
        { id: requestId, decision: 'DECLINE', reason: 'Not necessary' },
        callAs(HMRC_DISCLOSURE_OFFICER, undefined, now),
      );
    const reopen = (now: string, caller = POLICE_ANALYST) =>
      desk.service.reopen(
        { id: requestId, justification: 'New evidence from the search' },
        callAs(caller, undefined, now),
      );
    const list = (caller = POLICE_ANALYST, listing = {}, now = later(0)) =>
      desk.service.list(listing, callAs(caller, undefined, now));

    it('lets the requester alone withdraw a pending request, once', async () => {
      const stranger = await refusalOf(() =>
        desk.service.withdraw(requestId, callAs(OTHER_ANALYST)),
      );
      expect(stranger.message).toMatch(/You raised no request with that id/);
      expect(
        (await desk.service.withdraw(requestId, callAs(POLICE_ANALYST))).status,
      ).toBe('WITHDRAWN');
      const again = await refusalOf(() =>
        desk.service.withdraw(requestId, callAs(POLICE_ANALYST)),
      );
      expect(again.extensions.code).toBe('INVALID_TRANSITION');
      expect((await refusalOf(() => reopen(later(1)))).extensions.code).toBe(
        'INVALID_TRANSITION',
      );
    });

    it('reads an undecided request as expired from its deadline on, and stores the expiry with the next write only', async () => {
      const [atDeadline] = await list(POLICE_ANALYST, {}, later(2));
      expect(atDeadline?.status).toBe('EXPIRED');
      const justAfter = new Date(Date.parse(later(2)) + 1).toISOString();
      const [expired] = await list(
        POLICE_ANALYST,
        { status: 'EXPIRED' },
        justAfter,
      );
      expect(expired).toMatchObject({
        status: 'EXPIRED',
        closedAt: later(2),
        closedBy: null,
      });
      expect(
        await list(POLICE_ANALYST, { status: 'PENDING' }, justAfter),
      ).toEqual([]);
      // Two listings and a filtered one later, the store still says PENDING.
      expect(await desk.readRows('disclosure_request_events')).toEqual([
        expect.objectContaining({ kind: 'RAISED' }),
      ]);
      const late = await refusalOf(() => decline(justAfter));
      expect(late.extensions.code).toBe('INVALID_TRANSITION');
      expect(await desk.readRows('disclosure_request_events')).toEqual([
        expect.objectContaining({ kind: 'RAISED' }),
        expect.objectContaining({ kind: 'EXPIRED', at: later(2), actor: null }),
      ]);
    });

    it('re-opens a declined request with a new justification and a new deadline, under its own purpose only', async () => {
      await decline();
      const otherPurpose = await refusalOf(() =>
        desk.service.reopen(
          { id: requestId, justification: 'New evidence from the search' },
          {
            ...callAs(POLICE_ANALYST),
            purpose: {
              purpose: 'STAFF_SAFETY',
              justification: 'Risk check before arrest',
            },
          },
        ),
      );
      expect(otherPurpose.message).toMatch(/re-open it under that purpose/);
      const reopened = await reopen(later(1));
      expect(reopened).toMatchObject({
        status: 'PENDING',
        justification: 'New evidence from the search',
        pendingSince: later(1),
        respondBy: later(3),
        closedAt: null,
        reason: null,
      });
      expect((await refusalOf(() => reopen(later(1)))).extensions.code).toBe(
        'INVALID_TRANSITION',
      );
    });

    it("shows each caller only their own requests, and a disclosure officer their owner's queue", async () => {
      const ncaRequest = await desk.service.raise(
        taxRequest({
          owner: 'NCA',
          category: 'NCA_INTEREST',
          clientRequestId: 'client-key-0002',
        }),
        callAs(POLICE_ANALYST),
      );
      const ids = (requests: { id: string }[]) =>
        requests.map((request) => request.id);
      expect(ids(await list())).toEqual([requestId, ncaRequest.id]);
      expect(ids(await list(POLICE_ANALYST, { owner: 'NCA' }))).toEqual([
        ncaRequest.id,
      ]);
      expect(ids(await list(OTHER_ANALYST))).toEqual([]);
      expect(ids(await list(HMRC_DISCLOSURE_OFFICER))).toEqual([requestId]);
      expect(ids(await list(NCA_DISCLOSURE_OFFICER))).toEqual([ncaRequest.id]);
      expect(
        ids(await list(HMRC_DISCLOSURE_OFFICER, { status: 'DECLINED' })),
      ).toEqual([]);
      expect(
        (await refusalOf(() => list(POLICE_ANALYST, { status: 'LOST' })))
          .extensions.code,
      ).toBe('BAD_USER_INPUT');
    });

    it('keeps the day-by-day history the figures count', async () => {
      await decline(later(0.5));
      await reopen(new Date(Date.parse(later(0)) + DAY).toISOString());
      expect(
        (await desk.readRows('disclosure_request_events')).map(
          (event) => (event as { kind: string }).kind,
        ),
      ).toEqual(['RAISED', 'DECLINED', 'REOPENED']);
    });
  },
);
