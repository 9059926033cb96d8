import { type SqliteDatabase } from '@marsoc/platform/store';
import { type ApmisRepository } from '../../repository/ApmisRepository';
import {
  acceptanceOf,
  FRESH_NOMINAL,
  HMPPS_OFFICER,
  LONDON_LEAD,
  MUTATIONS,
  NOMINATOR,
  nominationOf,
  NORTH_WEST_LEAD,
  openCohortStore,
} from '../../__tests__/cohortTestKit';
import { decideAtPsf } from '../../__tests__/forumTestKit';
import {
  ALTCOURSE_SECURITY,
  createAlertHarness,
  dumpAlerts,
  MARK_READ,
  noticeOf,
  NORTH_EAST_LEAD,
  SRO,
} from './alertTestKit';

let database: SqliteDatabase;
let repository: ApmisRepository;
let harness: ReturnType<typeof createAlertHarness>;
beforeEach(async () => {
  ({ database, repository } = await openCohortStore());
  harness = createAlertHarness(repository);
});
afterEach(() => repository.close());

const TRANSFER_TO_FRANKLAND = {
  movement: 'TRANSFER',
  fromEstablishment: 'HMP Altcourse',
  toEstablishment: 'HMP Frankland',
};

/** FRESH_NOMINAL nominated by police in the North West, then selected at a PSF naming SRO. */
async function selectFreshNominal(): Promise<void> {
  const nominated = await harness.run(NOMINATOR, MUTATIONS.nominate, {
    input: nominationOf(FRESH_NOMINAL),
  });
  expect(nominated.errors).toBeUndefined();
  const selected = await decideAtPsf(
    harness.execute,
    acceptanceOf(FRESH_NOMINAL),
  );
  expect(selected.errors).toBeUndefined();
}

describe('alerts that reach people (issue 13 point 5)', () => {
  it('alerts the region’s lead and the establishment’s security department when a prisoner is nominated, not the nominator', async () => {
    const notice = await harness.notify(
      noticeOf(FRESH_NOMINAL, {
        movement: 'RECALL',
        toEstablishment: 'HMP Altcourse',
      }),
    );
    expect(notice.errors).toBeUndefined();
    const nominated = await harness.run(NOMINATOR, MUTATIONS.nominate, {
      input: nominationOf(FRESH_NOMINAL),
    });
    expect(nominated.errors).toBeUndefined();
    for (const recipient of [NORTH_WEST_LEAD, ALTCOURSE_SECURITY]) {
      const alerts = await harness.inbox(recipient);
      expect(
        alerts.map((alert) => [alert.kind, alert.nominal.id, alert.read]),
      ).toEqual([['NOMINATION', FRESH_NOMINAL, false]]);
      expect(alerts[0]?.text).toMatch(
        /^NOM-00150 was nominated to the NORTH_WEST hub/,
      );
    }
    expect(await harness.inbox(NOMINATOR)).toEqual([]);
    expect(await harness.inbox(LONDON_LEAD)).toEqual([]);
  });

  it('alerts the SRO, the lead, the receiving region’s lead and the receiving security department of a transfer out of region', async () => {
    await selectFreshNominal();
    const result = await harness.notify(
      noticeOf(FRESH_NOMINAL, TRANSFER_TO_FRANKLAND),
    );
    expect(result.errors).toBeUndefined();
    const frankland = {
      ...ALTCOURSE_SECURITY,
      sub: 'test-frankland',
      unit: 'HMP Frankland Security Department',
    };
    for (const recipient of [
      SRO,
      NORTH_WEST_LEAD,
      NORTH_EAST_LEAD,
      frankland,
    ]) {
      const custody = (await harness.inbox(recipient)).filter(
        (alert) => alert.kind === 'CUSTODY_MOVEMENT',
      );
      expect(custody).toHaveLength(1);
      expect(custody[0]?.text).toMatch(
        /^NOM-00150 was transferred from HMP Altcourse to HMP Frankland on \d{4}-\d{2}-\d{2}\.$/,
      );
    }
    expect(await harness.inbox(LONDON_LEAD)).toEqual([]);
    expect(await harness.inbox(ALTCOURSE_SECURITY)).toEqual([]);
  });

  it('answers a notice about someone off the cohort with the same receipt and alerts nobody', async () => {
    const before = dumpAlerts(database).alert;
    const onList = await harness.notify(
      noticeOf('NOM-00180', TRANSFER_TO_FRANKLAND),
    );
    const offList = await harness.notify(
      noticeOf('NOM-99999', TRANSFER_TO_FRANKLAND),
    );
    expect(onList.errors).toBeUndefined();
    expect(offList.errors).toBeUndefined();
    const strip = (data: unknown) =>
      JSON.stringify(data).replace(/NOM-\d+/g, 'NOM-x');
    expect(strip(onList.data)).toEqual(strip(offList.data));
    expect(dumpAlerts(database).alert).toEqual(before);
  });

  it('marks the caller’s own alerts read, and refuses another person’s id as it refuses a missing one', async () => {
    await harness.run(NOMINATOR, MUTATIONS.nominate, {
      input: nominationOf(FRESH_NOMINAL),
    });
    const [alert] = await harness.inbox(NORTH_WEST_LEAD);
    if (alert === undefined) throw new Error('no alert raised');
    const stranger = await harness.run(LONDON_LEAD, MARK_READ, {
      ids: [alert.id],
    });
    const missing = await harness.run(LONDON_LEAD, MARK_READ, {
      ids: ['AL-999999'],
    });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stranger.errors?.[0]?.message.replace(alert.id, 'ID')).toBe(
      missing.errors?.[0]?.message.replace('AL-999999', 'ID'),
    );
    expect(
      (await harness.inbox(NORTH_WEST_LEAD, true)).map((a) => a.id),
    ).toEqual([alert.id]);
    const marked = await harness.run(NORTH_WEST_LEAD, MARK_READ, {
      ids: [alert.id],
    });
    expect(marked.errors).toBeUndefined();
    expect(marked.data?.marked).toEqual([{ id: alert.id, read: true }]);
    expect(await harness.inbox(NORTH_WEST_LEAD, true)).toEqual([]);
    expect((await harness.inbox(NORTH_WEST_LEAD)).map((a) => a.read)).toEqual([
      true,
    ]);
  });

  it('refuses a notice from anyone but HMPPS, and bad input, writing nothing', async () => {
    await selectFreshNominal();
    const before = dumpAlerts(database);
    const police = await harness.notify(
      noticeOf(FRESH_NOMINAL, TRANSFER_TO_FRANKLAND),
      NOMINATOR,
    );
    expect(police.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await harness.notify(
      noticeOf(FRESH_NOMINAL, {
        movement: 'RELEASE',
        fromEstablishment: 'HMP Nowhere',
        toEstablishment: 'HMP Frankland',
        movedOn: '2099-01-01',
      }),
      HMPPS_OFFICER,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(
      /fromEstablishment must name a prison establishment/,
    );
    expect(bad.errors?.[0]?.message).toMatch(
      /toEstablishment must be left out for a RELEASE/,
    );
    expect(bad.errors?.[0]?.message).toMatch(
      /movedOn 2099-01-01 is in the future/,
    );
    expect(dumpAlerts(database)).toEqual(before);
  });

  it('raises nothing when the write that would raise it fails', async () => {
    const before = dumpAlerts(database);
    await expect(
      repository.writes.transaction(async ({ cohort }) => {
        const nominationId = await cohort.insertNomination({
          nominalId: FRESH_NOMINAL,
          region: 'NORTH_WEST',
          nominatingAgency: 'POLICE',
          supervisionAtNomination: 'NONE',
          mandatoryCriteriaMet: ['HIGHEST_HARM'],
          otherCriteriaMet: [],
          cycleNominated: 7,
          nominatedOn: '2026-01-01',
        });
        await cohort.appendEvent({
          nominationId,
          nominalId: FRESH_NOMINAL,
          transition: 'NOMINATE',
          fromStatus: null,
          toStatus: 'NOMINATED',
          actorSub: 'test-police-analyst',
          actorAgency: 'POLICE',
          occurredAt: '2026-01-01T00:00:00.000Z',
          cycle: 7,
          detail: 'NORTH_WEST',
        });
        expect(dumpAlerts(database).alert).toHaveLength(
          (before.alert?.length ?? 0) + 1,
        );
        throw new Error('the write fails after raising');
      }),
    ).rejects.toThrow('the write fails after raising');
    expect(dumpAlerts(database)).toEqual(before);
  });
});
