import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEED } from '@marsoc/platform';
import { type StoreDialect, type SubgraphStore } from '@marsoc/platform/store';
import {
  createTestDatabase,
  type TestDatabase,
} from '@marsoc/platform/testing';
import { sql } from 'kysely';
import { NO_DETAIL } from '../alerts/withAlerts';
import { type ApmisWrites } from '../repository/ApmisWrites';
import { type ApmisTables } from '../repository/ApmisTables';
import { createApmisWrites } from '../repository/createApmisWrites';
import { openApmisStore } from '../repository/openApmisRepository';
import { parseReference } from '../repository/references';
import { nominate } from '../workflow/nominationCommands';
import { type CohortRequest } from '../workflow/runCohortChange';
import { FRESH_NOMINAL, NOMINATOR, nominationOf } from './cohortTestKit';

const request: CohortRequest = {
  caller: NOMINATOR,
  purpose: {
    purpose: 'COHORT_MANAGEMENT',
    justification: 'Store test of the APMIS writes',
  },
  now: '2026-05-01T09:30:00.000Z',
  accessTo: () => 'FULL',
};

// APMIS's writes on both dialects (docs/postgres-store.md, step 5): one
// transaction over stores made on it, on the file or on the server alike.
describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'the APMIS writes on %s',
  (dialect) => {
    let database: TestDatabase | undefined;
    let dataDirectory: string;
    let store: SubgraphStore<ApmisTables>;
    let writes: ApmisWrites;

    beforeEach(async () => {
      dataDirectory = mkdtempSync(join(tmpdir(), 'apmis-writes-'));
      database =
        dialect === 'postgres'
          ? await createTestDatabase('apmis_writes')
          : undefined;
      store = await openApmisStore({
        dataDirectory,
        databaseUrl: database?.url,
        seed: DEFAULT_SEED,
        size: 200,
      });
      writes = createApmisWrites(store);
    });

    afterEach(async () => {
      await store.close();
      rmSync(dataDirectory, { recursive: true, force: true });
      await database?.drop();
    });

    async function countOf(table: string, nominalId: string): Promise<number> {
      const { rows } = await sql<{ count: string | number }>`
        SELECT count(*) AS "count" FROM ${sql.table(table)}
        WHERE nominal_id = ${nominalId}`.execute(store.db);
      return Number(rows[0]?.count);
    }

    async function largestNominationId(): Promise<number> {
      const { rows } = await sql<{ id: number }>`
        SELECT max(id) AS "id" FROM cohort_nomination`.execute(store.db);
      return Number(rows[0]?.id);
    }

    it('writes a nomination with its event, numbered after the seed’s nominations', async () => {
      const seeded = await largestNominationId();
      const written = await writes.transaction(({ cohort }) =>
        nominate(cohort, request, nominationOf(FRESH_NOMINAL)),
      );
      expect(written).toMatchObject({
        nominalId: FRESH_NOMINAL,
        status: 'NOMINATED',
        region: 'NORTH_WEST',
      });
      expect(parseReference('nomination', written.nominationId)).toBe(
        seeded + 1,
      );
      expect(await countOf('cohort_nomination', FRESH_NOMINAL)).toBe(1);
      expect(await countOf('cohort_event', FRESH_NOMINAL)).toBe(1);
      const read = await writes.reads.cohort.findNomination(
        written.nominationId,
      );
      expect(read).toEqual(written);
    });

    it('keeps nothing of a write refused after it wrote', async () => {
      const refusal = writes.transaction(async ({ cohort }) => {
        await nominate(cohort, request, nominationOf(FRESH_NOMINAL));
        expect(await cohort.findLatestNomination(FRESH_NOMINAL)).toMatchObject({
          status: 'NOMINATED',
        });
        throw new Error('refused after writing');
      });
      await expect(refusal).rejects.toThrow('refused after writing');
      expect(await countOf('cohort_nomination', FRESH_NOMINAL)).toBe(0);
      expect(await countOf('cohort_event', FRESH_NOMINAL)).toBe(0);
      expect(await countOf('alert', FRESH_NOMINAL)).toBe(0);
    });

    it('schedules a meeting with its members, agenda and attendance, and reads it back as one batch', async () => {
      const meetingId = await writes.transaction(async ({ meetings }) => {
        const id = await meetings.insertMeeting(
          {
            kind: 'TPM',
            region: 'WALES',
            cycle: 999,
            heldOn: '2026-06-01',
            chairSub: 'test-chair',
            scheduledAt: '2026-05-01T09:30:00.000Z',
          },
          [
            {
              sub: 'test-chair',
              name: 'A Chair',
              agency: 'MARSOC',
              unit: 'Hub',
              vetting: 'SC',
              isChair: true,
            },
            {
              sub: 'test-member',
              name: 'A Member',
              agency: 'POLICE',
              unit: 'Force',
              vetting: 'SC',
              isChair: false,
            },
          ],
        );
        await meetings.setAttendance(id, 'test-member', 'PRESENT');
        await meetings.insertAgendaItem(id, {
          kind: 'REVIEW',
          nominalId: FRESH_NOMINAL,
          title: 'Review',
          raisedBySub: 'test-chair',
          raisedByAgency: 'MARSOC',
          knownToAgencies: null,
        });
        await meetings.closeMeeting(id, '2026-06-01T12:00:00.000Z');
        return id;
      });
      const reads = writes.reads.meetings;
      expect(await reads.findMeetingIds('WALES', 999)).toEqual([meetingId]);
      const [meeting] = await reads.findMeetingsByIds([
        meetingId,
        'MTG-999999',
      ]);
      expect(meeting).toMatchObject({
        id: meetingId,
        status: 'CLOSED',
        members: [
          { sub: 'test-chair', isChair: true, attendance: null },
          { sub: 'test-member', isChair: false, attendance: 'PRESENT' },
        ],
        agenda: [
          { kind: 'REVIEW', nominalId: FRESH_NOMINAL, knownToAgencies: null },
        ],
      });
    });

    it('raises an alert to its addresses, lists it in a reader’s inbox and marks it read once', async () => {
      const alertId = await writes.transaction(({ alerts }) =>
        alerts.raise(
          {
            kind: 'NOMINATION',
            nominalId: FRESH_NOMINAL,
            region: 'WALES',
            raisedAt: '2026-05-01T09:30:00.000Z',
            raisedBy: 'test-raiser',
            ...NO_DETAIL,
          },
          ['region:WALES', 'sub:test-reader'],
        ),
      );
      const inboxOf = (sub: string) =>
        writes.reads.alerts.findInbox(['sub:test-reader', 'region:WALES'], sub);
      expect(
        (await inboxOf('test-reader')).map((alert) => [alert.id, alert.readAt]),
      ).toEqual([[alertId, null]]);
      // Its raiser is never alerted of their own act.
      expect(await inboxOf('test-raiser')).toEqual([]);
      for (const at of ['2026-05-02T00:00:00.000Z', '2026-05-03T00:00:00.000Z'])
        await writes.transaction(({ alerts }) =>
          alerts.markRead([alertId, 'AL-999999'], 'test-reader', at),
        );
      expect(
        (await inboxOf('test-reader')).map((alert) => alert.readAt),
      ).toEqual(['2026-05-02T00:00:00.000Z']);
    });

    it('refuses a stale transition, writing nothing', async () => {
      await writes.transaction(({ cohort }) =>
        nominate(cohort, request, nominationOf(FRESH_NOMINAL)),
      );
      const again = writes.transaction(({ cohort }) =>
        nominate(cohort, request, nominationOf(FRESH_NOMINAL)),
      );
      await expect(again).rejects.toMatchObject({
        extensions: { code: 'INVALID_TRANSITION' },
      });
      expect(await countOf('cohort_nomination', FRESH_NOMINAL)).toBe(1);
      expect(await countOf('cohort_event', FRESH_NOMINAL)).toBe(1);
    });
  },
);
