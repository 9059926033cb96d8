import {
  callAs,
  createTestDesk,
  HMRC_DISCLOSURE_OFFICER,
  later,
  NOW,
  POLICE_ANALYST,
  readRows,
  refusalOf,
  taxRequest,
  type TestDesk,
} from './fixtures';
import { readHistoryAsOf } from '../readRequestAsOf';

const question = { owner: 'HMRC', from: '2026-03-01', to: '2026-03-31' };

describe('a second pending request, a request history and reads that write nothing', () => {
  let desk: TestDesk;
  let requestId: string;
  beforeEach(() => {
    desk = createTestDesk();
    requestId = desk.service.raise(
      taxRequest({ urgency: 'URGENT', urgencyReason: 'Arrest on Friday' }),
      callAs(POLICE_ANALYST),
    ).id;
  });

  it('refuses a second pending request for the same owner, nominal and category under a new key, naming the first', () => {
    const second = refusalOf(() =>
      desk.service.raise(
        taxRequest({ clientRequestId: 'client-key-0002' }),
        callAs(POLICE_ANALYST),
      ),
    );
    expect(second.extensions.code).toBe('BAD_USER_INPUT');
    expect(second.message).toContain(requestId);
    expect(second.message).toMatch(/already have a pending request to HMRC/);
    expect(readRows(desk.database, 'disclosure_requests')).toHaveLength(1);
    // Another owner's category is another request; the same key is still a retry.
    expect(
      desk.service.raise(
        taxRequest({
          owner: 'NCA',
          category: 'NCA_INTEREST',
          clientRequestId: 'client-key-0003',
        }),
        callAs(POLICE_ANALYST),
      ).status,
    ).toBe('PENDING');
    expect(
      desk.service.raise(
        taxRequest({ urgency: 'URGENT', urgencyReason: 'Arrest on Friday' }),
        callAs(POLICE_ANALYST),
      ).id,
    ).toBe(requestId);
  });

  it('takes a new request once the first is decided, withdrawn or past its deadline', () => {
    desk.service.withdraw(requestId, callAs(POLICE_ANALYST));
    const afterWithdrawal = desk.service.raise(
      taxRequest({ clientRequestId: 'client-key-0002' }),
      callAs(POLICE_ANALYST),
    );
    expect(afterWithdrawal.status).toBe('PENDING');
    // ROUTINE: 28 days; past them it no longer stands in the way.
    const afterExpiry = desk.service.raise(
      taxRequest({ clientRequestId: 'client-key-0003' }),
      callAs(POLICE_ANALYST, undefined, later(29)),
    );
    expect(afterExpiry.id).not.toBe(afterWithdrawal.id);
  });

  it("counts what expired by the reader's clock without writing the expiry", () => {
    const before = readRows(desk.database, 'disclosure_request_events');
    const figures = desk.service.figures(question, later(3));
    expect(figures.total).toMatchObject({ raised: 1, expired: 1, decided: 0 });
    expect(figures.byRegion).toEqual([
      expect.objectContaining({ region: 'NORTH_WEST', expired: 1 }),
    ]);
    expect(desk.service.figures(question, later(1)).total.expired).toBe(0);
    expect(readRows(desk.database, 'disclosure_request_events')).toEqual(
      before,
    );
    expect(readRows(desk.database, 'disclosure_requests')).toEqual([
      expect.objectContaining({ status: 'PENDING', closed_at: null }),
    ]);
  });

  it('tells the history as of the reader: raised, declined, re-opened, and an expiry from its deadline on', () => {
    desk.service.decide(
      { id: requestId, decision: 'DECLINE', reason: 'Not necessary' },
      callAs(HMRC_DISCLOSURE_OFFICER, undefined, later(0.5)),
    );
    const reopened = desk.service.reopen(
      { id: requestId, justification: 'New evidence from the search' },
      callAs(POLICE_ANALYST, undefined, later(1)),
    );
    const stored = desk.repository
      .findEventsByRequestIds([requestId])
      .map(({ requestId: _id, ...event }) => event);
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
});
