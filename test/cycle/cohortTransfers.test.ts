import { type GatewayResult } from '../helpers/inProcessSupergraph';
import { codeOf, expectOk } from '../meetings/meetingOperations';
import {
  DECIDE_TRANSFER,
  findSelectedNominals,
  LONDON_LEAD,
  MEMBERSHIP,
  PENDING,
  REQUEST_TRANSFER,
  TRANSFER,
  useCycleSystem,
  YORKSHIRE_LEAD,
} from './cycleOperations';

/**
 * A transfer to another regional cohort (seed 000 Table B1 5.3, E823): the
 * sending region asks, the receiving region's lead accepts or refuses, and
 * until it accepts the sending region keeps the nominal. Only the two regions
 * learn of it: a third region's every answer is an unknown id's.
 */
describe('a transfer the receiving region accepts (seed 000 E823)', () => {
  const ask = useCycleSystem();
  let nominalId: string;

  beforeAll(async () => {
    const [first] = await findSelectedNominals(ask, 'NORTH_WEST');
    if (first === undefined) throw new Error('the North West has no cohort');
    nominalId = first;
  }, 120_000);

  const cohortOf = async (who: string | typeof LONDON_LEAD = 'regional-lead') =>
    (
      expectOk(await ask(who, MEMBERSHIP, { id: nominalId })) as {
        cohort: {
          region: string;
          status: string;
          pendingTransfer: Record<string, unknown> | null;
          events: { transition: string; actorSub: string; detail: string }[];
        };
      }
    ).cohort;
  const request = (key: string, extra: object = {}) => ({
    input: {
      nominalId,
      toRegion: 'YORKSHIRE_AND_HUMBER',
      reason: 'Released to an address in Leeds',
      clientRequestId: key,
      ...extra,
    },
  });
  const decide = (transferId: unknown, key: string, extra: object = {}) => ({
    input: { transferId, decision: 'ACCEPT', clientRequestId: key, ...extra },
  });
  /** An answer with the transfer's id put as the unknown id, to compare the two. */
  const asUnknown = (result: GatewayResult, id: string) =>
    JSON.stringify(result).replaceAll(id, 'CT-999999');

  it('refuses a transfer, keeps the nominal in the sending region, and accepts a second request', async () => {
    const byAnalyst = await ask(
      'police-analyst',
      REQUEST_TRANSFER,
      request('transfer-by-analyst'),
    );
    expect(codeOf(byAnalyst)).toBe('FORBIDDEN');
    const toItself = await ask(
      'regional-lead',
      REQUEST_TRANSFER,
      request('transfer-to-itself', { toRegion: 'NORTH_WEST' }),
    );
    expect(codeOf(toItself)).toBe('BAD_USER_INPUT');

    const londonBefore = await cohortOf(LONDON_LEAD);
    expect(londonBefore).toMatchObject({
      region: 'NORTH_WEST',
      pendingTransfer: null,
    });
    const asked = expectOk(
      await ask('regional-lead', REQUEST_TRANSFER, request('transfer-1')),
    );
    expect(asked).toMatchObject({
      fromRegion: 'NORTH_WEST',
      toRegion: 'YORKSHIRE_AND_HUMBER',
      status: 'PENDING',
      nominal: { id: nominalId },
    });
    const transferId = String(asked.id);
    const second = await ask(
      'regional-lead',
      REQUEST_TRANSFER,
      request('transfer-while-pending'),
    );
    expect(codeOf(second)).toBe('INVALID_TRANSITION');

    // Pending: the sender keeps the nominal; both regions see the transfer.
    expect(await cohortOf()).toMatchObject({
      region: 'NORTH_WEST',
      status: 'SELECTED',
      pendingTransfer: { id: transferId, status: 'PENDING' },
    });
    expect(await cohortOf(YORKSHIRE_LEAD)).toMatchObject({
      region: 'NORTH_WEST',
      pendingTransfer: { id: transferId },
    });
    const inbox = expectOk(
      await ask(YORKSHIRE_LEAD, PENDING, { region: 'YORKSHIRE_AND_HUMBER' }),
    ) as unknown as { id: string }[];
    expect(inbox.map((transfer) => transfer.id)).toEqual([transferId]);

    // A third region learns nothing: its answers are an unknown id's.
    expect(await cohortOf(LONDON_LEAD)).toEqual(londonBefore);
    const seen = await ask(LONDON_LEAD, TRANSFER, { id: transferId });
    const unknown = await ask(LONDON_LEAD, TRANSFER, { id: 'CT-999999' });
    expect(seen).toEqual(unknown);
    expect(seen.data).toEqual({ cohortTransfer: null });
    for (const decider of [LONDON_LEAD, 'regional-lead'] as const) {
      const theirs = await ask(
        decider,
        DECIDE_TRANSFER,
        decide(transferId, 'decide-not-receiving'),
      );
      const none = await ask(
        decider,
        DECIDE_TRANSFER,
        decide('CT-999999', 'decide-unknown-id'),
      );
      expect(codeOf(theirs)).toBe('BAD_USER_INPUT');
      expect(asUnknown(theirs, transferId)).toBe(asUnknown(none, transferId));
    }

    const noReason = await ask(
      YORKSHIRE_LEAD,
      DECIDE_TRANSFER,
      decide(transferId, 'refuse-no-reason', { decision: 'REFUSE' }),
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const refused = expectOk(
      await ask(
        YORKSHIRE_LEAD,
        DECIDE_TRANSFER,
        decide(transferId, 'refuse-1', {
          decision: 'REFUSE',
          reason: 'No capacity on the Yorkshire cohort this cycle',
        }),
      ),
    );
    expect(refused).toMatchObject({
      status: 'REFUSED',
      decidedBy: YORKSHIRE_LEAD.sub,
      decisionReason: 'No capacity on the Yorkshire cohort this cycle',
    });
    expect(await cohortOf()).toMatchObject({
      region: 'NORTH_WEST',
      status: 'SELECTED',
      pendingTransfer: null,
    });

    const again = expectOk(
      await ask('regional-lead', REQUEST_TRANSFER, request('transfer-2')),
    );
    const accepted = expectOk(
      await ask(YORKSHIRE_LEAD, DECIDE_TRANSFER, decide(again.id, 'accept-1')),
    );
    expect(accepted).toMatchObject({ status: 'ACCEPTED' });
    const moved = await cohortOf(YORKSHIRE_LEAD);
    expect(moved).toMatchObject({
      region: 'YORKSHIRE_AND_HUMBER',
      status: 'SELECTED',
      pendingTransfer: null,
    });
    expect(moved.events.at(-1)).toEqual({
      transition: 'TRANSFER',
      actorSub: YORKSHIRE_LEAD.sub,
      detail: 'NORTH_WEST -> YORKSHIRE_AND_HUMBER',
    });
    const decidedTwice = await ask(
      YORKSHIRE_LEAD,
      DECIDE_TRANSFER,
      decide(again.id, 'accept-again'),
    );
    expect(codeOf(decidedTwice)).toBe('INVALID_TRANSITION');
    // Now Yorkshire's: the North West lead no longer holds it to send on.
    const fromNorthWest = await ask(
      'regional-lead',
      REQUEST_TRANSFER,
      request('transfer-3', { toRegion: 'WALES' }),
    );
    expect(codeOf(fromNorthWest)).toBe('FORBIDDEN');
  });
});
