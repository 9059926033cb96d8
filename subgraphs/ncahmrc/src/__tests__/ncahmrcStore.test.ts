import { type Kysely } from 'kysely';
import { type StoreDialect, type SubgraphStore } from '@marsoc/platform/store';
import {
  createTestDatabase,
  storedGrant,
  type TestDatabase,
} from '@marsoc/platform/testing';
import { createHmrcRepository } from '../repository/createHmrcRepository';
import { createNcaRepository } from '../repository/createNcaRepository';
import { type HmrcRepository } from '../repository/HmrcRepository';
import { type NcaHmrcTables } from '../repository/NcaHmrcTables';
import { type NcaRepository } from '../repository/NcaRepository';
import {
  openNcaHmrcRepository,
  openNcaHmrcStore,
} from '../repository/openNcaHmrcRepository';
import { DECONFLICTION_ROUTE } from '../synthetic/generateNcaCovertRecords';
import { TEST_STORE } from './fixtures';

const UNKNOWN_ID = 'NOM-99999';
/**
 * A row the desk's checks refuse, in either dialect's words. Matched by
 * message: better-sqlite3's error may come from another test file's realm,
 * where jest does not take it for an Error.
 */
const REFUSED_BY_CHECK = /check constraint|invalid input syntax for type json/i;

// The one code path on both dialects (docs/postgres-store.md): the same
// seeded store, read by the same queries, on the file and on the server.
describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'the NCA/HMRC store on %s',
  (dialect) => {
    let database: TestDatabase | undefined;
    let store: SubgraphStore<NcaHmrcTables>;
    let repository: HmrcRepository & NcaRepository;

    beforeAll(async () => {
      database =
        dialect === 'postgres'
          ? await createTestDatabase('ncahmrc')
          : undefined;
      store = await openNcaHmrcStore({
        ...TEST_STORE,
        databaseUrl: database?.url,
      });
      repository = {
        ...createHmrcRepository(store),
        ...createNcaRepository(store),
      };
    });
    afterAll(async () => {
      await store.close();
      await database?.drop();
    });

    it("keeps the owners' disclosure desk beside their data, refusing what the desk's checks refuse", async () => {
      const grant = {
        id: 'GRANT-1',
        owner: 'NCA',
        nominal_id: 'NOM-00001',
        category: 'NCA_INTEREST',
        recipient: 'POLICE',
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        legal_basis: 'CRIME_AND_COURTS_ACT_2013_S7',
        granted_by: 'nca-disclosure-officer',
        granted_at: '2026-05-01T09:00:00.000Z',
        expires_at: '2026-06-01T09:00:00.000Z',
      };
      const desk = store.db as unknown as Kysely<{
        disclosure_grants: Record<string, string | null>;
      }>;
      const insert = (row: Record<string, string | null>) =>
        desk.insertInto('disclosure_grants').values(row).execute();
      await expect(
        insert({ ...grant, id: 'G-OWN', recipient: 'NCA' }),
      ).rejects.toHaveProperty(
        'message',
        expect.stringMatching(REFUSED_BY_CHECK),
      );
      await expect(
        insert({ ...grant, id: 'G-JSON', regions: 'not json' }),
      ).rejects.toHaveProperty(
        'message',
        expect.stringMatching(REFUSED_BY_CHECK),
      );
      await expect(
        insert({
          ...grant,
          id: 'G-HALF',
          revoked_at: '2026-05-02T09:00:00.000Z',
        }),
      ).rejects.toHaveProperty(
        'message',
        expect.stringMatching(REFUSED_BY_CHECK),
      );
      await insert({ ...grant, regions: '["NORTH_WEST"]' });
      expect(
        await desk.selectFrom('disclosure_grants').select('id').execute(),
      ).toEqual([{ id: 'GRANT-1' }]);
      await desk.deleteFrom('disclosure_grants').execute();
    });

    describe('the HMRC half of the store', () => {
      it("holds NOM-00001's taxpayer record under its UTR", async () => {
        const [record] = await repository.findHmrcRecordsByNominalIds([
          'NOM-00001',
        ]);
        expect(record?.nominalId).toBe('NOM-00001');
        expect(record?.taxReference).toMatch(/^\d{10}$/);
      });

      it('gives NOM-00001 six tax years declaring almost nothing, most recent first (seed 002 L788)', async () => {
        const years = await repository.findSelfAssessmentsByNominalIds([
          'NOM-00001',
        ]);
        expect(years.map((year) => year.taxYear)).toEqual([
          '2023-24',
          '2022-23',
          '2021-22',
          '2020-21',
          '2019-20',
          '2018-19',
        ]);
        expect(years.every((year) => year.taxDue === 0)).toBe(true);
      });

      it('gives NOM-00001 two directorships, a VAT registration, property and an open criminal investigation', async () => {
        const ids = ['NOM-00001'];
        const directorships =
          await repository.findDirectorshipsByNominalIds(ids);
        expect(directorships).toHaveLength(2);
        expect(directorships[0]?.companyNumber).toMatch(/^ZZ\d{6}$/);
        expect(
          (await repository.findVatRegistrationsByNominalIds(ids))[0]
            ?.vatNumber,
        ).toMatch(/^GB\d{9}$/);
        const assets = await repository.findAssetsByNominalIds(ids);
        expect(assets.map((asset) => asset.assetType)).toContain('PROPERTY');
        expect(assets.map((asset) => asset.estimatedValue)).toEqual(
          [...assets.map((asset) => asset.estimatedValue)].sort(
            (a, b) => b - a,
          ),
        );
        expect(await repository.findInvestigationsByNominalIds(ids)).toEqual([
          expect.objectContaining({
            investigationType: 'CRIMINAL',
            status: 'OPEN',
          }),
        ]);
      });

      it('returns nothing for nominals HMRC does not know, and for an empty batch', async () => {
        expect(
          await repository.findHmrcRecordsByNominalIds([UNKNOWN_ID]),
        ).toEqual([]);
        expect(
          await repository.findSelfAssessmentsByNominalIds([UNKNOWN_ID]),
        ).toEqual([]);
        expect(await repository.findAssetsByNominalIds([])).toEqual([]);
      });
    });

    describe('the NCA half of the store', () => {
      it('holds NOM-00001 with a tiering, at least two SARs and the deconfliction flag, but no covert interest', async () => {
        const ids = ['NOM-00001'];
        expect(
          (await repository.findNcaRecordsByNominalIds(ids))[0]?.ncaReference,
        ).toMatch(/^NCA\/\d{5}$/);
        expect(await repository.findOcgTieringsByNominalIds(ids)).toHaveLength(
          1,
        );
        expect(
          (await repository.findSuspiciousActivityReportsByNominalIds(ids))
            .length,
        ).toBeGreaterThanOrEqual(2);
        expect(await repository.findDeconflictionsByNominalIds(ids)).toEqual([
          {
            nominalId: 'NOM-00001',
            contactBeforeAction: true,
            route: DECONFLICTION_ROUTE,
          },
        ]);
        expect(await repository.findCovertInterestsByNominalIds(ids)).toEqual(
          [],
        );
      });

      it('holds NOM-00002 with an overt record, tiering, flag and a covert interest marked covert', async () => {
        const ids = ['NOM-00002'];
        expect(await repository.findNcaRecordsByNominalIds(ids)).toHaveLength(
          1,
        );
        expect(await repository.findOcgTieringsByNominalIds(ids)).toHaveLength(
          1,
        );
        expect(
          await repository.findDeconflictionsByNominalIds(ids),
        ).toHaveLength(1);
        const [covert] = await repository.findCovertInterestsByNominalIds(ids);
        expect(covert?.operationName).toMatch(/^Operation [A-Z ]+$/);
        expect(covert?.marking).toEqual({
          covert: true,
          classification: 'SECRET',
        });
      });

      it('marks every SAR SECRET and restricted to the NCA and HMRC, most recent first', async () => {
        const reports =
          await repository.findSuspiciousActivityReportsByNominalIds([
            'NOM-00001',
          ]);
        for (const report of reports) {
          expect(report.marking).toEqual({
            classification: 'SECRET',
            conditions: [
              { kind: 'RESTRICT_TO_AGENCIES', agencies: ['NCA', 'HMRC'] },
            ],
          });
          expect(Object.keys(report)).not.toContain('reporter');
        }
        const dates = reports.map((report) => report.submittedOn);
        expect(dates).toEqual([...dates].sort().reverse());
      });

      it('derives national priority from tier 1 only', async () => {
        const ids = Array.from(
          { length: 400 },
          (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
        );
        const tierings = await repository.findOcgTieringsByNominalIds(ids);
        expect(tierings.length).toBeGreaterThan(50);
        for (const tiering of tierings) {
          expect(tiering.nationalPriority).toBe(tiering.tier === 'TIER_1');
        }
      });

      it('returns every requested nominal in one batch and nothing for unknown ids', async () => {
        const found = await repository.findNcaRecordsByNominalIds([
          'NOM-00001',
          UNKNOWN_ID,
          'NOM-00002',
        ]);
        expect(found.map((row) => row.nominalId).sort()).toEqual([
          'NOM-00001',
          'NOM-00002',
        ]);
        expect(
          await repository.findCovertInterestsByNominalIds([UNKNOWN_ID]),
        ).toEqual([]);
        expect(
          await repository.findDeconflictionsByNominalIds([UNKNOWN_ID]),
        ).toEqual([]);
        expect(
          await repository.findSuspiciousActivityReportsByNominalIds([
            UNKNOWN_ID,
          ]),
        ).toEqual([]);
      });
    });
  },
);

describe('the whole NCA/HMRC repository on PostgreSQL', () => {
  it("keeps its disclosure desk in the same store: a grant recorded is there after the store is opened again, and holdings read the owners' tables", async () => {
    const database = await createTestDatabase('ncahmrc_desk');
    const options = { ...TEST_STORE, databaseUrl: database.url };
    try {
      const first = await openNcaHmrcRepository(options);
      await first.recordGrant(
        storedGrant('DG-1', 'NOM-00001', {
          grantedBy: 'hmrc-disclosure-officer',
          grantedAt: '2026-05-01T09:00:00.000Z',
          expiresAt: '2026-06-01T09:00:00.000Z',
        }),
      );
      await first.close();
      const again = await openNcaHmrcRepository(options);
      try {
        expect(
          (await again.findGrantsByNominalIds(['NOM-00001'])).map(
            (grant) => grant.id,
          ),
        ).toEqual(['DG-1']);
        expect(await again.findHeldCategories('HMRC', 'NOM-00001')).toContain(
          'TAX',
        );
        expect(await again.isNominalHeldBy('NOM-00002', 'NCA')).toBe(true);
        expect(await again.isNominalHeldBy('NOM-00002', 'HMRC')).toBe(false);
      } finally {
        await again.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('two NCA/HMRC replicas starting on one PostgreSQL store at once (issue 15 point 6, on the way)', () => {
  it('migrate and seed it once between them, and read the same rows', async () => {
    const database = await createTestDatabase('ncahmrc_replicas');
    const options = { ...TEST_STORE, size: 200, databaseUrl: database.url };
    const opened = await Promise.allSettled([
      openNcaHmrcStore(options),
      openNcaHmrcStore(options),
    ]);
    const replicas = opened.flatMap((each) =>
      each.status === 'fulfilled' ? [each.value] : [],
    );
    try {
      expect(opened.map((each) => each.status)).toEqual([
        'fulfilled',
        'fulfilled',
      ]);
      const seeded = replicas.map((replica) => replica.contents);
      expect(seeded).toEqual([
        { data: 'synthetic', seedVersion: expect.any(String) },
        { data: 'synthetic', seedVersion: expect.any(String) },
      ]);
      const ids = ['NOM-00001', 'NOM-00002', 'NOM-00003'];
      const [first, second] = await Promise.all(
        replicas.map((replica) =>
          createNcaRepository(
            replica,
          ).findSuspiciousActivityReportsByNominalIds(ids),
        ),
      );
      expect(first?.length).toBeGreaterThan(0);
      expect(second).toEqual(first);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
      await database.drop();
    }
  });
});
