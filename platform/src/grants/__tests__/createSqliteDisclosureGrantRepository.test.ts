import { type SqliteDatabase } from '../../store';
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
});
