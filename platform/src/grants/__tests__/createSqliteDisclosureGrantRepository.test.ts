import { openSubgraphDatabase, type SqliteDatabase } from '../../store';
import { createSqliteDisclosureGrantRepository } from '../createSqliteDisclosureGrantRepository';
import { type DisclosureGrantRecord } from '../DisclosureGrantRecord';
import { type DisclosureGrantRepository } from '../DisclosureGrantRepository';
import { openTestDatabase, readAllRows } from './fixtures';

function grant(
  id: string,
  nominalId: string,
  changes: Partial<DisclosureGrantRecord> = {},
): DisclosureGrantRecord {
  return {
    id,
    owner: 'HMRC',
    nominalId,
    category: 'TAX',
    recipient: 'POLICE',
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    legalBasis: 'CRCA 2005 s.18(2)(d)',
    grantedBy: 'test-hmrc-disclosure-officer',
    grantedAt: '2026-03-02T09:00:00.000Z',
    expiresAt: '2026-06-30T23:59:59.000Z',
    regions: ['NORTH_WEST'],
    units: null,
    level: 'FULL',
    revokedAt: null,
    revokedBy: null,
    revocationReason: null,
    ...changes,
  };
}

describe('the SQLite disclosure grant repository', () => {
  let database: SqliteDatabase;
  let repository: DisclosureGrantRepository;
  beforeEach(() => {
    database = openTestDatabase();
    repository = createSqliteDisclosureGrantRepository(database);
  });

  it('records a grant and reads it back unchanged, by id and by nominal', () => {
    const stored = repository.recordGrant(grant('DG-1', 'NOM-00001'));
    expect(stored).toEqual(grant('DG-1', 'NOM-00001'));
    expect(repository.findGrantById('DG-1')).toEqual(stored);
    expect(repository.findGrantsByNominalIds(['NOM-00001'])).toEqual([stored]);
  });

  it('finds the grants of every requested nominal in one call, and none for others', () => {
    repository.recordGrant(grant('DG-2', 'NOM-00004'));
    repository.recordGrant(grant('DG-1', 'NOM-00001'));
    repository.recordGrant(grant('DG-3', 'NOM-00001', { category: 'ASSETS' }));
    const found = repository.findGrantsByNominalIds([
      'NOM-00004',
      'NOM-00001',
      'NOM-99999',
    ]);
    expect(found.map((row) => row.id)).toEqual(['DG-1', 'DG-3', 'DG-2']);
    expect(repository.findGrantsByNominalIds([])).toEqual([]);
    expect(repository.findGrantsByNominalIds(['NOM-99999'])).toEqual([]);
    expect(repository.findGrantById('DG-9')).toBeNull();
  });

  it('revokes a grant once, recording who, when and why', () => {
    repository.recordGrant(grant('DG-1', 'NOM-00001'));
    const revocation = {
      id: 'DG-1',
      revokedAt: '2026-03-03T10:00:00.000Z',
      revokedBy: 'test-hmrc-disclosure-officer',
      reason: 'Investigation closed',
    };
    expect(repository.revokeGrant(revocation)).toEqual(
      grant('DG-1', 'NOM-00001', {
        revokedAt: '2026-03-03T10:00:00.000Z',
        revokedBy: 'test-hmrc-disclosure-officer',
        revocationReason: 'Investigation closed',
      }),
    );
    const before = readAllRows(database);
    expect(
      repository.revokeGrant({
        ...revocation,
        revokedAt: '2026-03-04T10:00:00.000Z',
      }),
    ).toBeNull();
    expect(repository.revokeGrant({ ...revocation, id: 'DG-9' })).toBeNull();
    expect(readAllRows(database)).toEqual(before);
  });

  it('refuses to store a grant to the owner itself or a half-revoked one', () => {
    expect(() =>
      repository.recordGrant(grant('DG-1', 'NOM-00001', { recipient: 'HMRC' })),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      repository.recordGrant(
        grant('DG-2', 'NOM-00001', { revokedAt: '2026-03-03T10:00:00.000Z' }),
      ),
    ).toThrow(/CHECK constraint/);
    expect(readAllRows(database)).toEqual([]);
  });

  it('refuses a second grant with the same id, keeping the first', () => {
    repository.recordGrant(grant('DG-1', 'NOM-00001'));
    expect(() => repository.recordGrant(grant('DG-1', 'NOM-00004'))).toThrow(
      /UNIQUE|PRIMARY KEY/,
    );
    expect(repository.findGrantById('DG-1')?.nominalId).toBe('NOM-00001');
  });

  it('stores and returns the scope: regions and units as given', () => {
    const scoped = grant('DG-1', 'NOM-00001', {
      regions: ['NORTH_WEST', 'WALES'],
      units: ['NWROCU', 'TITAN'],
    });
    expect(repository.recordGrant(scoped)).toEqual(scoped);
    expect(repository.findGrantsByNominalIds(['NOM-00001'])).toEqual([scoped]);
  });

  it('stores and returns the level of a partial disclosure (SUMMARY)', () => {
    const partial = grant('DG-1', 'NOM-00001', { level: 'SUMMARY' });
    expect(repository.recordGrant(partial)).toEqual(partial);
    expect(() =>
      database.prepare(`UPDATE disclosure_grants SET level = 'ALL'`).run(),
    ).toThrow(/CHECK/);
  });

  it('reads a damaged scope as one that reaches nobody, never as national', () => {
    repository.recordGrant(grant('DG-1', 'NOM-00001'));
    database
      .prepare(
        `UPDATE disclosure_grants SET regions = '["NOT_A_REGION"]', units = '{"a":1}'`,
      )
      .run();
    expect(repository.findGrantById('DG-1')).toMatchObject({
      regions: [],
      units: [],
    });
  });
});

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

  it('gains the scope and level columns in place, keeping its grants as national (no regions) and in full (no level)', () => {
    const repository = createSqliteDisclosureGrantRepository(database);
    expect(repository.findGrantById('DG-OLD')).toEqual(
      grant('DG-OLD', 'NOM-00001', { regions: null, units: null, level: null }),
    );
    repository.recordGrant(grant('DG-NEW', 'NOM-00001'));
    expect(repository.findGrantById('DG-NEW')?.regions).toEqual(['NORTH_WEST']);
  });

  it('migrates once: opening it again changes nothing', () => {
    createSqliteDisclosureGrantRepository(database);
    const before = readAllRows(database);
    expect(() => createSqliteDisclosureGrantRepository(database)).not.toThrow();
    expect(readAllRows(database)).toEqual(before);
  });
});
