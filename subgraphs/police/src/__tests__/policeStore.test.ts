import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import {
  createPopulation,
  DEFAULT_SEED,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { type StoreDialect, type SubgraphStore } from '@marsoc/platform/store';
import {
  createTestDatabase,
  storedGrant,
  type TestDatabase,
} from '@marsoc/platform/testing';
import {
  createPoliceReads,
  openPoliceRepository,
  openPoliceStore,
  type PoliceReads,
} from '../repository/openPoliceRepository';
import { type PoliceTables } from '../repository/PoliceTables';
import { createPoliceSearchLoader } from '../search/createPoliceSearchLoader';

import { criteria } from './fixtures';
const STORE = { dataDirectory: ':memory:', seed: DEFAULT_SEED, size: 400 };
const [WELL_KNOWN] = createPopulation(STORE);
const SOME_NOMINALS = ['NOM-00001', 'NOM-00002', 'NOM-00150', 'NOM-00400'];
const UNKNOWN = ['NOM-99999', 'not-a-nominal'];

type Reads = PoliceReads;

function nominalIdsOf(rows: readonly { nominalId: string }[]): string[] {
  return [...new Set(rows.map((row) => row.nominalId))].sort();
}

// The one code path on both dialects (docs/postgres-store.md): the same
// seeded store, read by the same queries, on the file and on the server.
describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'the police store on %s',
  (dialect) => {
    let database: TestDatabase | undefined;
    let store: SubgraphStore<PoliceTables>;
    let repository: Reads;

    beforeAll(async () => {
      database =
        dialect === 'postgres' ? await createTestDatabase('police') : undefined;
      store = await openPoliceStore({ ...STORE, databaseUrl: database?.url });
      repository = createPoliceReads(store);
    });
    afterAll(async () => {
      await store.close();
      await database?.drop();
    });

    it('is the dialect asked for, seeded', () => {
      expect(store.dialect).toBe(dialect);
      expect(store.contents).toEqual({
        data: 'synthetic',
        seedVersion: expect.stringMatching(/^police:v2:/),
      });
    });

    it('holds a PNC record, with at least one conviction, for every requested nominal and nothing for unknown ids', async () => {
      const asked = [...SOME_NOMINALS, ...UNKNOWN];
      for (const read of [
        repository.findNominalsByIds,
        repository.findConvictionsByNominalIds,
        repository.findArrestsByNominalIds,
        repository.findAddressesByNominalIds,
      ])
        expect(nominalIdsOf(await read(asked))).toEqual(SOME_NOMINALS);
    });

    it('answers every batch method with no rows for ids it does not hold, and for an empty batch', async () => {
      const batches = await Promise.all([
        repository.findNominalsByIds(UNKNOWN),
        repository.findAliasesByNominalIds(UNKNOWN),
        repository.findWarningMarkersByNominalIds(UNKNOWN),
        repository.findArrestsByNominalIds(UNKNOWN),
        repository.findConvictionsByNominalIds(UNKNOWN),
        repository.findIntelligenceReportsByNominalIds(UNKNOWN),
        repository.findOcgAffiliationsByNominalIds(UNKNOWN),
        repository.findVehiclesByNominalIds(UNKNOWN),
        repository.findAddressesByNominalIds(UNKNOWN),
        repository.findNominalIdsByPncIds(UNKNOWN),
        repository.findNominalIdsByCroNumbers(UNKNOWN),
        repository.findAssociateLinksByNominalIds(UNKNOWN),
        repository.findNominalsByIds([]),
        repository.findAssociateLinksByNominalIds([]),
      ]);
      expect(batches.map((rows) => rows.length)).toEqual(batches.map(() => 0));
    });

    it('returns a batch of one nominal exactly as that nominal asked for alone', async () => {
      const together =
        await repository.findIntelligenceReportsByNominalIds(SOME_NOMINALS);
      for (const id of SOME_NOMINALS) {
        expect(together.filter((row) => row.nominalId === id)).toEqual(
          await repository.findIntelligenceReportsByNominalIds([id]),
        );
      }
    });

    it('links each PNC ID and CRO number to its own nominal', async () => {
      const [nominal] = await repository.findNominalsByIds([
        WELL_KNOWN_NOMINAL_ID,
      ]);
      if (!nominal) throw new Error('NOM-00001 is not seeded');
      expect(await repository.findNominalIdsByPncIds([nominal.pncId])).toEqual([
        { identifier: nominal.pncId, nominalId: WELL_KNOWN_NOMINAL_ID },
      ]);
      expect(
        await repository.findNominalIdsByCroNumbers([nominal.croNumber]),
      ).toEqual([
        { identifier: nominal.croNumber, nominalId: WELL_KNOWN_NOMINAL_ID },
      ]);
    });

    it('links an identifier recorded against two nominals to neither, rather than guess', async () => {
      const [nominal] = await repository.findNominalsByIds([
        WELL_KNOWN_NOMINAL_ID,
      ]);
      if (!nominal) throw new Error('NOM-00001 is not seeded');
      const twin = { ...nominal, nominalId: 'NOM-TWIN', croNumber: 'X' };
      await store.db
        .insertInto('police_nominal')
        .values({
          nominal_id: twin.nominalId,
          pnc_id: twin.pncId,
          cro_number: twin.croNumber,
          forename: twin.forename,
          surname: twin.surname,
          date_of_birth: twin.dateOfBirth,
          gender: twin.gender,
          nationality: twin.nationality,
        })
        .execute();
      try {
        expect(
          await repository.findNominalIdsByPncIds([nominal.pncId]),
        ).toEqual([]);
        expect(
          await repository.findNominalIdsByCroNumbers([nominal.croNumber]),
        ).toEqual([
          { identifier: nominal.croNumber, nominalId: WELL_KNOWN_NOMINAL_ID },
        ]);
      } finally {
        await store.db
          .deleteFrom('police_nominal')
          .where('nominal_id', '=', twin.nominalId)
          .execute();
      }
    });

    it('carries each intelligence report’s own marking: classification, handling, conditions, originator and consent', async () => {
      const reports = await repository.findIntelligenceReportsByNominalIds([
        WELL_KNOWN_NOMINAL_ID,
      ]);
      expect(reports.length).toBeGreaterThan(0);
      for (const report of reports) {
        expect(report.marking).toEqual({
          classification: report.classification,
          handling: report.handlingCode,
          conditions: report.handlingConditions,
          originator: report.originatorAgency,
          consentedAgencies: report.consentedAgencies,
        });
      }
    });

    describe('associate links', () => {
      it('links NOM-00001 to several nominals through intelligence and OCG co-membership, each intelligence link with its report’s marking', async () => {
        const links = await repository.findAssociateLinksByNominalIds([
          WELL_KNOWN_NOMINAL_ID,
        ]);
        const count = (type: string) =>
          links.filter((link) => link.linkType === type).length;
        expect(count('INTELLIGENCE_CO_MENTION')).toBeGreaterThanOrEqual(3);
        expect(count('OCG_CO_MEMBER')).toBeGreaterThanOrEqual(2);
        expect(
          links.every((link) => link.associateId !== WELL_KNOWN_NOMINAL_ID),
        ).toBe(true);
        // A co-mention comes from a report on either of the two.
        const reports = await repository.findIntelligenceReportsByNominalIds([
          WELL_KNOWN_NOMINAL_ID,
          ...links.map((link) => link.associateId),
        ]);
        for (const link of links) {
          if (link.linkType === 'OCG_CO_MEMBER') {
            expect(link.marking).toBeUndefined();
            expect(link.groupReference).toMatch(/^OCG\/NW\//);
            continue;
          }
          const report = reports.find(
            (candidate) => candidate.reference === link.reportReference,
          );
          expect(link.marking).toEqual(report?.marking);
        }
      });

      it('shows a co-mention from both sides, under the same report', async () => {
        const [link] = (
          await repository.findAssociateLinksByNominalIds([
            WELL_KNOWN_NOMINAL_ID,
          ])
        ).filter(
          (candidate) => candidate.linkType === 'INTELLIGENCE_CO_MENTION',
        );
        const reverse = (
          await repository.findAssociateLinksByNominalIds([
            link?.associateId ?? '',
          ])
        ).find((candidate) => candidate.associateId === WELL_KNOWN_NOMINAL_ID);
        expect(reverse).toMatchObject({
          nominalId: link?.associateId,
          reportReference: link?.reportReference,
          marking: link?.marking,
        });
      });

      it('lists at most 25 co-members of a group per nominal, the latest mapped first', async () => {
        const ids = Array.from(
          { length: 100 },
          (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
        );
        const links = (
          await repository.findAssociateLinksByNominalIds(ids)
        ).filter((link) => link.linkType === 'OCG_CO_MEMBER');
        expect(links.length).toBeGreaterThan(0);
        for (const id of ids) {
          const own = links.filter((link) => link.nominalId === id);
          expect(own.length).toBeLessThanOrEqual(25);
          const since = own.map((link) => link.since);
          expect(since).toEqual([...since].sort().reverse());
        }
      });
    });

    describe('search', () => {
      const matchesOf = (...keys: string[]) =>
        createPoliceSearchLoader(repository).loadMany(keys);

      it('finds NOM-00001 by name, date of birth, PNC ID and CRO number, in one read of candidates', async () => {
        const name =
          `${WELL_KNOWN?.forename} ${WELL_KNOWN?.surname}`.toLowerCase();
        const expected = (matchedOn: string) =>
          expect.arrayContaining([
            expect.objectContaining({
              nominalId: WELL_KNOWN_NOMINAL_ID,
              score: 1,
              matchedOn: [matchedOn],
            }),
          ]);
        expect(
          await matchesOf(
            criteria({ name }),
            criteria({ dateOfBirth: WELL_KNOWN?.dateOfBirth }),
            criteria({ identifier: WELL_KNOWN?.pncId }),
            criteria({ identifier: WELL_KNOWN?.croNumber }),
          ),
        ).toEqual([
          expected('NAME'),
          expected('DATE_OF_BIRTH'),
          expected('PNC_ID'),
          expected('CRO_NUMBER'),
        ]);
      });

      it('finds a misspelt surname, exact matches first', async () => {
        const surname = (WELL_KNOWN?.surname ?? '').toLowerCase();
        const misspelt = `${surname}e`;
        const [matches] = (await matchesOf(
          criteria({
            name: `${WELL_KNOWN?.forename} ${misspelt}`.toLowerCase(),
          }),
        )) as { nominalId: string }[][];
        expect(matches?.map((match) => match.nominalId)).toContain(
          WELL_KNOWN_NOMINAL_ID,
        );
        // Candidates holding the asked surname exactly come before those
        // holding only a similar one.
        const candidates = await repository.findSearchCandidates([
          {
            key: 'k',
            names: [surname],
            dateOfBirth: null,
            pncId: null,
            croNumber: null,
          },
        ]);
        const exact = candidates.map((candidate) =>
          candidate.names.some((name) => name.surname === surname),
        );
        expect(exact[0]).toBe(true);
        expect(exact).toEqual([...exact].sort().reverse());
      });

      it('matches nothing for a reference police do not hold', async () => {
        expect(
          await matchesOf(
            criteria({ identifier: 'NCA/60794' }),
            criteria({ identifier: '99/9999999Z' }),
          ),
        ).toEqual([[], []]);
      });
    });
  },
);

describe('the whole police repository on PostgreSQL', () => {
  it("keeps its disclosure desk in the same store: a grant recorded is there after the store is opened again, and holdings read the force's tables", async () => {
    const database = await createTestDatabase('police_desk');
    const options = { ...STORE, databaseUrl: database.url };
    try {
      const first = await openPoliceRepository(options);
      await first.disclosures.recordGrant(
        storedGrant('DG-1', WELL_KNOWN_NOMINAL_ID, {
          owner: 'POLICE',
          category: 'INTELLIGENCE',
          recipient: 'HMRC',
          legalBasis: 'CRIME_AND_DISORDER_ACT_1998_S115',
          grantedBy: 'police-disclosure-officer',
          grantedAt: '2026-05-01T09:00:00.000Z',
          expiresAt: '2026-06-01T09:00:00.000Z',
        }),
      );
      await first.close();
      const again = await openPoliceRepository(options);
      try {
        expect(
          (
            await again.disclosures.findGrantsByNominalIds([
              WELL_KNOWN_NOMINAL_ID,
            ])
          ).map((grant) => grant.id),
        ).toEqual(['DG-1']);
        expect(
          await again.disclosures.findHeldCategories(
            'POLICE',
            WELL_KNOWN_NOMINAL_ID,
          ),
        ).toEqual(
          new Set([
            'IDENTITY',
            'WARNING_MARKERS',
            'CONVICTIONS',
            'INTELLIGENCE',
            'OCG_AFFILIATION',
            'ASSOCIATES',
          ]),
        );
        expect(
          await again.disclosures.isNominalHeldBy('NOM-99999', 'POLICE'),
        ).toBe(false);
        expect(
          (await again.findNominalsByIds([WELL_KNOWN_NOMINAL_ID])).length,
        ).toBe(1);
      } finally {
        await again.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('a police store the earlier code made', () => {
  it('is adopted as it is: migrated without loss and not seeded again', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'police-adopt-'));
    const settings = { ...STORE, dataDirectory: directory };
    try {
      const first = await openPoliceStore(settings);
      const [before] = await createPoliceReads(first).findNominalsByIds([
        WELL_KNOWN_NOMINAL_ID,
      ]);
      // The earlier code's store: the same tables and seed marker, no migration history.
      await sql`drop table kysely_migration`.execute(first.db);
      await sql`drop table kysely_migration_lock`.execute(first.db);
      await first.db
        .updateTable('police_nominal')
        .set({ forename: 'Written since the seed' })
        .where('nominal_id', '=', WELL_KNOWN_NOMINAL_ID)
        .execute();
      await first.close();
      const adopted = await openPoliceStore(settings);
      try {
        expect(adopted.contents).toEqual(first.contents);
        expect(
          await createPoliceReads(adopted).findNominalsByIds([
            WELL_KNOWN_NOMINAL_ID,
          ]),
        ).toEqual([{ ...before, forename: 'Written since the seed' }]);
      } finally {
        await adopted.close();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
