import {
  openTestDeskStore,
  type TestDeskStore,
} from '../../disclosureRequests/__tests__/openTestDeskStore';
import {
  createSqliteKysely,
  openSubgraphDatabase,
  type SqliteDatabase,
  type StoreDialect,
} from '../../store';
import { createDisclosureGrantRepository } from '../createDisclosureGrantRepository';
import { type DisclosureGrantRepository } from '../DisclosureGrantRepository';
import { type DeskStore } from '../DeskStore';
import { type DisclosureGrantTables } from '../DisclosureGrantTables';
import { migrateDisclosureGrantsTable } from '../migrateDisclosureGrantsTable';
import { readAllRows, storedGrant as grant } from './fixtures';

// A refusal is matched by its message: better-sqlite3's error may come from
// another test file's realm, where jest does not take it for an Error.
describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'the disclosure grant repository on %s',
  (dialect) => {
    let desk: TestDeskStore;
    let repository: DisclosureGrantRepository;
    beforeEach(async () => {
      desk = await openTestDeskStore(dialect);
      repository = createDisclosureGrantRepository(
        desk.store as unknown as DeskStore<DisclosureGrantTables>,
      );
    });
    afterEach(() => desk.close());
    const rows = () => desk.readRows('disclosure_grants');

    it('records a grant and reads it back unchanged, by id and by nominal', async () => {
      const stored = await repository.recordGrant(grant('DG-1', 'NOM-00001'));
      expect(stored).toEqual(grant('DG-1', 'NOM-00001'));
      expect(await repository.findGrantById('DG-1')).toEqual(stored);
      expect(await repository.findGrantsByNominalIds(['NOM-00001'])).toEqual([
        stored,
      ]);
    });

    it('finds the grants of every requested nominal in one call, and none for others', async () => {
      await repository.recordGrant(grant('DG-2', 'NOM-00004'));
      await repository.recordGrant(grant('DG-1', 'NOM-00001'));
      await repository.recordGrant(
        grant('DG-3', 'NOM-00001', { category: 'ASSETS' }),
      );
      const found = await repository.findGrantsByNominalIds([
        'NOM-00004',
        'NOM-00001',
        'NOM-99999',
      ]);
      expect(found.map((row) => row.id)).toEqual(['DG-1', 'DG-3', 'DG-2']);
      expect(await repository.findGrantsByNominalIds([])).toEqual([]);
      expect(await repository.findGrantsByNominalIds(['NOM-99999'])).toEqual(
        [],
      );
      expect(await repository.findGrantById('DG-9')).toBeNull();
    });

    it('revokes a grant once, recording who, when and why', async () => {
      await repository.recordGrant(grant('DG-1', 'NOM-00001'));
      const revocation = {
        id: 'DG-1',
        revokedAt: '2026-03-03T10:00:00.000Z',
        revokedBy: 'test-hmrc-disclosure-officer',
        reason: 'Investigation closed',
      };
      expect(await repository.revokeGrant(revocation)).toEqual(
        grant('DG-1', 'NOM-00001', {
          revokedAt: '2026-03-03T10:00:00.000Z',
          revokedBy: 'test-hmrc-disclosure-officer',
          revocationReason: 'Investigation closed',
        }),
      );
      const before = await rows();
      expect(
        await repository.revokeGrant({
          ...revocation,
          revokedAt: '2026-03-04T10:00:00.000Z',
        }),
      ).toBeNull();
      expect(
        await repository.revokeGrant({ ...revocation, id: 'DG-9' }),
      ).toBeNull();
      expect(await rows()).toEqual(before);
    });

    it('refuses to store a grant to the owner itself or a half-revoked one', async () => {
      await expect(
        repository.recordGrant(
          grant('DG-1', 'NOM-00001', { recipient: 'HMRC' }),
        ),
      ).rejects.toHaveProperty(
        'message',
        expect.stringMatching(/check constraint/i),
      );
      await expect(
        repository.recordGrant(
          grant('DG-2', 'NOM-00001', {
            revokedAt: '2026-03-03T10:00:00.000Z',
          }),
        ),
      ).rejects.toHaveProperty(
        'message',
        expect.stringMatching(/check constraint/i),
      );
      expect(await rows()).toEqual([]);
    });

    it('refuses a second grant with the same id, keeping the first', async () => {
      await repository.recordGrant(grant('DG-1', 'NOM-00001'));
      await expect(
        repository.recordGrant(grant('DG-1', 'NOM-00004')),
      ).rejects.toHaveProperty(
        'message',
        expect.stringMatching(/UNIQUE|PRIMARY KEY|duplicate key/),
      );
      expect((await repository.findGrantById('DG-1'))?.nominalId).toBe(
        'NOM-00001',
      );
    });

    it('stores and returns the scope: regions and units as given', async () => {
      const scoped = grant('DG-1', 'NOM-00001', {
        regions: ['NORTH_WEST', 'WALES'],
        units: ['NWROCU', 'TITAN'],
      });
      expect(await repository.recordGrant(scoped)).toEqual(scoped);
      expect(await repository.findGrantsByNominalIds(['NOM-00001'])).toEqual([
        scoped,
      ]);
    });

    it('stores and returns the level of a partial disclosure (SUMMARY)', async () => {
      const partial = grant('DG-1', 'NOM-00001', { level: 'SUMMARY' });
      expect(await repository.recordGrant(partial)).toEqual(partial);
      await expect(
        desk.run(`UPDATE disclosure_grants SET level = 'ALL'`),
      ).rejects.toHaveProperty(
        'message',
        expect.stringMatching(/check constraint/i),
      );
    });

    it('reads a damaged scope as one that reaches nobody, never as national', async () => {
      await repository.recordGrant(grant('DG-1', 'NOM-00001'));
      await desk.run(
        `UPDATE disclosure_grants SET regions = '["NOT_A_REGION"]', units = '{"a":1}'`,
      );
      expect(await repository.findGrantById('DG-1')).toMatchObject({
        regions: [],
        units: [],
      });
    });
  },
);

// The table as the first release created it, before grants were scoped.
const FIRST_RELEASE_TABLE = `CREATE TABLE disclosure_grants (
  id TEXT PRIMARY KEY, owner TEXT NOT NULL, nominal_id TEXT NOT NULL,
  category TEXT NOT NULL, recipient TEXT NOT NULL, purpose TEXT NOT NULL,
  legal_basis TEXT NOT NULL, granted_by TEXT NOT NULL, granted_at TEXT NOT NULL,
  expires_at TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT,
  revocation_reason TEXT) WITHOUT ROWID`;

describe('a grant store created before grants were scoped', () => {
  let database: SqliteDatabase;
  beforeEach(() => {
    database = openSubgraphDatabase({
      dataDirectory: ':memory:',
      name: 'grants-first-release',
      schemaSql: FIRST_RELEASE_TABLE,
      seed: () => undefined,
      seedVersion: 'first-release',
    });
    database
      .prepare(
        `INSERT INTO disclosure_grants VALUES ('DG-OLD', 'HMRC', 'NOM-00001',
          'TAX', 'POLICE', 'INTELLIGENCE_DEVELOPMENT', 'CRCA 2005 s.18(2)(d)',
          'test-hmrc-disclosure-officer', '2026-03-02T09:00:00.000Z',
          '2026-06-30T23:59:59.000Z', NULL, NULL, NULL)`,
      )
      .run();
  });

  const openRepository = () => {
    migrateDisclosureGrantsTable(database);
    return createDisclosureGrantRepository({
      db: createSqliteKysely(database),
      dialect: 'sqlite',
    });
  };

  it('gains the scope and level columns in place, keeping its grants as national (no regions) and in full (no level)', async () => {
    const repository = openRepository();
    expect(await repository.findGrantById('DG-OLD')).toEqual(
      grant('DG-OLD', 'NOM-00001', { regions: null, units: null, level: null }),
    );
    await repository.recordGrant(grant('DG-NEW', 'NOM-00001'));
    expect((await repository.findGrantById('DG-NEW'))?.regions).toEqual([
      'NORTH_WEST',
    ]);
  });

  it('migrates once: opening it again changes nothing', () => {
    openRepository();
    const before = readAllRows(database);
    expect(() => openRepository()).not.toThrow();
    expect(readAllRows(database)).toEqual(before);
  });
});
