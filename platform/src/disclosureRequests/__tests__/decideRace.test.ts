import { createBarrier } from '../../testing/createBarrier';
import {
  createTestStoreSettings,
  type TestStoreSettings,
} from '../../store/__tests__/storeTestSettings';
import { type OwnerDisclosureStore } from '../OwnerDisclosureStore';
import {
  callAs,
  createTestDesk,
  HMRC_DISCLOSURE_OFFICER,
  later,
  POLICE_ANALYST,
  taxRequest,
  type TestDesk,
} from './fixtures';
import { openTestDeskStore } from './openTestDeskStore';

describe('two PostgreSQL replicas deciding one disclosure request at once', () => {
  let where: TestStoreSettings;
  let replicas: TestDesk[];
  beforeEach(async () => {
    where = await createTestStoreSettings('postgres', 'decide_race');
    // Each decision waits, its grant written and its request read PENDING,
    // until the other has got as far: the two transactions overlap for certain.
    const meet = createBarrier(2);
    const holdBeforeDeciding = (
      desk: OwnerDisclosureStore,
    ): Partial<OwnerDisclosureStore> => ({
      recordDecision: async (change) => {
        await meet();
        return desk.recordDecision(change);
      },
    });
    replicas = [
      await createTestDesk(
        holdBeforeDeciding,
        await openTestDeskStore('postgres', where),
        'A',
      ),
      await createTestDesk(
        holdBeforeDeciding,
        await openTestDeskStore('postgres', where),
        'B',
      ),
    ];
  });
  afterEach(async () => {
    for (const replica of replicas) await replica.close();
    await where.remove();
  });

  it('approves it once: one grant and one decision; the other is refused as a stale transition, writing nothing', async () => {
    const [first, second] = replicas as [TestDesk, TestDesk];
    const { id } = await first.service.raise(
      taxRequest(),
      callAs(POLICE_ANALYST),
    );
    const approve = (replica: TestDesk) =>
      replica.service.decide(
        {
          id,
          decision: 'APPROVE',
          legalBasis: 'hmrc-crca-s18-2-d',
          expiresAt: later(30),
        },
        callAs(HMRC_DISCLOSURE_OFFICER),
      );
    const outcomes = await Promise.allSettled([
      approve(first),
      approve(second),
    ]);
    const approved = outcomes.filter(
      (outcome) => outcome.status === 'fulfilled',
    );
    const refused = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason as Error] : [],
    );
    expect(approved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      extensions: { code: 'INVALID_TRANSITION' },
      message: expect.stringMatching(
        /The request is APPROVED since .*; only a PENDING request can be decided/,
      ) as unknown,
    });
    const grants = await first.readRows('disclosure_grants');
    expect(grants).toHaveLength(1);
    const [decided] = approved.map((outcome) =>
      outcome.status === 'fulfilled' ? outcome.value : undefined,
    );
    expect(grants[0]).toMatchObject({ id: decided?.grantId });
    expect(
      (await first.readRows('disclosure_request_events')).map(
        (event) => (event as { kind: string }).kind,
      ),
    ).toEqual(['RAISED', 'APPROVED']);
  });
});
