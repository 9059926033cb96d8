import { type StoreDialect } from '../../store';
import {
  callAs,
  HMRC_DISCLOSURE_OFFICER,
  later,
  NOW,
  POLICE_ANALYST,
  refusalOf,
  taxRequest,
  type TestDesk,
  openDeskWithRequest,
  URGENT,
} from './fixtures';
import { readHistoryAsOf } from '../readRequestAsOf';

const question = { owner: 'HMRC', from: '2026-03-01', to: '2026-03-31' };

describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'a second pending request, a request history and reads that write nothing on %s',
  (dialect) => {
    let desk: TestDesk;
    let requestId: string;
    afterEach(() => desk.close());
    beforeEach(async () => {
      ({ desk, requestId } = await openDeskWithRequest(dialect, URGENT));
    });

    it('refuses a second pending request for the same owner, nominal and category under a new key, naming the first', async () => {
      const second = await refusalOf(() =>
        desk.service.raise(
          taxRequest({ clientRequestId: 'client-key-0002' }),
          callAs(POLICE_ANALYST),
        ),
      );
      expect(second.extensions.code).toBe('BAD_USER_INPUT');
      expect(second.message).toContain(requestId);
      expect(second.message).toMatch(/already have a pending request to HMRC/);
      expect(await desk.readRows('disclosure_requests')).toHaveLength(1);
      // Another owner's category is another request; the same key is still a retry.
      expect(
        (
          await desk.service.raise(
            taxRequest({
              owner: 'NCA',
              category: 'NCA_INTEREST',
              clientRequestId: 'client-key-0003',
            }),
            callAs(POLICE_ANALYST),
          )
        ).status,
      ).toBe('PENDING');
      expect(
        (
          await desk.service.raise(
            taxRequest({
              urgency: 'URGENT',
              urgencyReason: 'Arrest on Friday',
            }),
            callAs(POLICE_ANALYST),
          )
        ).id,
      ).toBe(requestId);
    });

    it('takes a new request once the first is decided, withdrawn or past its deadline', async () => {
      await desk.service.withdraw(requestId, callAs(POLICE_ANALYST));
      const afterWithdrawal = await desk.service.raise(
        taxRequest({ clientRequestId: 'client-key-0002' }),
        callAs(POLICE_ANALYST),
      );
      expect(afterWithdrawal.status).toBe('PENDING');
      // ROUTINE: 28 days; past them it no longer stands in the way.
      const afterExpiry = await desk.service.raise(
        taxRequest({ clientRequestId: 'client-key-0003' }),
        callAs(POLICE_ANALYST, undefined, later(29)),
      );
      expect(afterExpiry.id).not.toBe(afterWithdrawal.id);
    });

    it("counts what expired by the reader's clock without writing the expiry", async () => {
      const before = await desk.readRows('disclosure_request_events');
      const figures = await desk.service.figures(question, later(3));
      expect(figures.total).toMatchObject({
        raised: 1,
        expired: 1,
        decided: 0,
      });
      expect(figures.byRegion).toEqual([
        expect.objectContaining({ region: 'NORTH_WEST', expired: 1 }),
      ]);
      expect(
        (await desk.service.figures(question, later(1))).total.expired,
      ).toBe(0);
      expect(await desk.readRows('disclosure_request_events')).toEqual(before);
      expect(await desk.readRows('disclosure_requests')).toEqual([
        expect.objectContaining({ status: 'PENDING', closed_at: null }),
      ]);
    });

    it('tells the history as of the reader: raised, declined, re-opened, and an expiry from its deadline on', async () => {
      await desk.service.decide(
        { id: requestId, decision: 'DECLINE', reason: 'Not necessary' },
        callAs(HMRC_DISCLOSURE_OFFICER, undefined, later(0.5)),
      );
      const reopened = await desk.service.reopen(
        { id: requestId, justification: 'New evidence from the search' },
        callAs(POLICE_ANALYST, undefined, later(1)),
      );
      const stored = (
        await desk.repository.findEventsByRequestIds([requestId])
      ).map(({ requestId: _id, ...event }) => event);
      expect(
        stored.map((event) => [event.kind, event.actor, event.note]),
      ).toEqual([
        ['RAISED', POLICE_ANALYST.sub, null],
        ['DECLINED', HMRC_DISCLOSURE_OFFICER.sub, 'Not necessary'],
        ['REOPENED', POLICE_ANALYST.sub, 'New evidence from the search'],
      ]);
      expect(readHistoryAsOf(reopened, stored, later(2))).toEqual(stored);
      expect(readHistoryAsOf(reopened, stored, later(3)).at(-1)).toEqual({
        kind: 'EXPIRED',
        at: reopened.respondBy,
        actor: null,
        pendingSince: later(1),
        note: null,
      });
      expect(stored[0]?.at).toBe(NOW);
    });
  },
);
