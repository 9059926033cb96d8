import { GraphQLError } from 'graphql';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { createSqliteKysely, type SqliteDatabase } from '../../store';
import {
  createDisclosureGrantService,
  type DisclosureGrantService,
} from '../createDisclosureGrantService';
import { createDisclosureGrantRepository } from '../createDisclosureGrantRepository';
import { type DisclosureGrantInput } from '../DisclosureGrantRecord';
import {
  HMRC_DISCLOSURE_OFFICER,
  HMRC_INVESTIGATOR,
  isTestCategoryOwnedBy,
  isTestNcndCategory,
  isTestNominalHeldBy,
  NCA_DISCLOSURE_OFFICER,
  NOW,
  openTestDatabase,
  readAllRows,
  TEST_OWNERS,
  VALID_HMRC_GRANT,
} from './fixtures';

const PURPOSE: RequestPurpose = {
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'Case-specific disclosure for Operation Madeup',
};

function requestOf(caller: Caller, now = NOW) {
  return { caller, purpose: PURPOSE, now };
}

/** The coded error `action` throws, or a failure if it throws none. */
async function refusalOf(action: () => unknown): Promise<GraphQLError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the disclosure grant service (seed 000 E629 "Dare to Share")', () => {
  let database: SqliteDatabase;
  let service: DisclosureGrantService;
  let nextId: number;
  beforeEach(() => {
    database = openTestDatabase();
    nextId = 0;
    service = createDisclosureGrantService({
      repository: createDisclosureGrantRepository({
        db: createSqliteKysely(database),
        dialect: 'sqlite',
      }),
      owners: TEST_OWNERS,
      isCategoryOwnedBy: isTestCategoryOwnedBy,
      isNcndCategory: isTestNcndCategory,
      nominalExists: (nominalId, owner) =>
        Promise.resolve(isTestNominalHeldBy(nominalId, owner)),
      createId: () => `DG-${++nextId}`,
    });
  });

  it('records a valid grant with the officer, the instant and a UTC expiry', async () => {
    const grant = await service.record(
      { ...VALID_HMRC_GRANT, legalBasis: '  CRCA 2005 s.18(2)(d)  ' },
      requestOf(HMRC_DISCLOSURE_OFFICER),
    );
    expect(grant).toEqual({
      id: 'DG-1',
      owner: 'HMRC',
      nominalId: 'NOM-00001',
      category: 'TAX',
      recipient: 'POLICE',
      purpose: 'INTELLIGENCE_DEVELOPMENT',
      legalBasis: 'CRCA 2005 s.18(2)(d)',
      grantedBy: HMRC_DISCLOSURE_OFFICER.sub,
      grantedAt: NOW,
      expiresAt: '2026-06-30T23:59:59.000Z',
      regions: HMRC_DISCLOSURE_OFFICER.regions,
      units: null,
      level: 'FULL',
      revokedAt: null,
      revokedBy: null,
      revocationReason: null,
    });
    expect(readAllRows(database)).toHaveLength(1);
  });

  it.each<[string, Caller, Partial<DisclosureGrantInput>, string, RegExp]>([
    [
      'a caller who is no disclosure officer',
      HMRC_INVESTIGATOR,
      {},
      'FORBIDDEN',
      /DISCLOSURE_OFFICER/,
    ],
    [
      'a disclosure officer of another owner',
      NCA_DISCLOSURE_OFFICER,
      {},
      'FORBIDDEN',
      /NCA data only/,
    ],
    [
      'an unknown nominal',
      HMRC_DISCLOSURE_OFFICER,
      { nominalId: 'NOM-99999' },
      'BAD_USER_INPUT',
      /no record of nominal NOM-99999/,
    ],
    [
      'a category HMRC does not own',
      HMRC_DISCLOSURE_OFFICER,
      { category: 'NCA_INTEREST' },
      'BAD_USER_INPUT',
      /not owned by HMRC/,
    ],
    [
      'an expiry in the past',
      HMRC_DISCLOSURE_OFFICER,
      { expiresAt: '2026-01-01T00:00:00Z' },
      'BAD_USER_INPUT',
      /in the future/,
    ],
    [
      'a missing legal basis',
      HMRC_DISCLOSURE_OFFICER,
      { legalBasis: '' },
      'BAD_USER_INPUT',
      /legalBasis is required/,
    ],
    [
      'an HMRC basis without a CRCA 2005 s.18(2) paragraph',
      HMRC_DISCLOSURE_OFFICER,
      { legalBasis: 'CRCA 2005 s.18(2)' },
      'BAD_USER_INPUT',
      /s\.18\(2\) paragraph/,
    ],
  ])(
    'refuses %s with a clear error and stores nothing',
    async (_case, caller, changes, code, problem) => {
      const error = await refusalOf(() =>
        service.record({ ...VALID_HMRC_GRANT, ...changes }, requestOf(caller)),
      );
      expect(error.extensions.code).toBe(code);
      expect(error.message).toMatch(
        /^Disclosure grant refused; nothing was recorded\. /,
      );
      expect(error.message).toMatch(problem);
      expect(readAllRows(database)).toEqual([]);
    },
  );

  it('refuses an NCA grant of the NCND covert interest, naming the register and never the nominal', async () => {
    const ncnd = {
      ...VALID_HMRC_GRANT,
      owner: 'NCA',
      category: 'NCA_COVERT_INTEREST',
      legalBasis: 'Crime and Courts Act 2013 s.7(4)',
    };
    const held = await refusalOf(() =>
      service.record(ncnd, requestOf(NCA_DISCLOSURE_OFFICER)),
    );
    expect(held.extensions.code).toBe('BAD_USER_INPUT');
    expect(held.message).toBe(
      'Disclosure grant refused; nothing was recorded. category NCA_COVERT_INTEREST is neither confirm nor deny (NCND) in the register, so it is never disclosed by a grant.',
    );
    // The same sentence for a nominal the NCA holds and one it does not.
    const other = await refusalOf(() =>
      service.record(
        { ...ncnd, nominalId: 'NOM-00002' },
        requestOf(NCA_DISCLOSURE_OFFICER),
      ),
    );
    expect(other.message).toBe(held.message);
    expect(readAllRows(database)).toEqual([]);
  });

  it('records the regions and units a grant is scoped to', async () => {
    const grant = await service.record(
      {
        ...VALID_HMRC_GRANT,
        regions: ['EAST_MIDLANDS', 'NORTH_WEST', 'EAST_MIDLANDS'],
        units: [' NWROCU ', 'EMSOU'],
      },
      requestOf(HMRC_DISCLOSURE_OFFICER),
    );
    expect(grant).toMatchObject({
      regions: ['EAST_MIDLANDS', 'NORTH_WEST'],
      units: ['NWROCU', 'EMSOU'],
    });
    expect(
      await service.record(
        VALID_HMRC_GRANT,
        requestOf(HMRC_DISCLOSURE_OFFICER),
      ),
    ).toMatchObject({ regions: ['NORTH_WEST'], units: null });
  });

  it('refuses an unknown region or an unprintable unit, storing nothing', async () => {
    const error = await refusalOf(() =>
      service.record(
        {
          ...VALID_HMRC_GRANT,
          regions: ['NORTH_WEST', 'ATLANTIS'],
          units: ['NWROCU\u202e'],
        },
        requestOf(HMRC_DISCLOSURE_OFFICER),
      ),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/regions "ATLANTIS" is not a region/);
    expect(error.message).toMatch(/units\[0\] contains control/);
    expect(readAllRows(database)).toEqual([]);
  });

  it('lists every problem in one error', async () => {
    const error = await refusalOf(() =>
      service.record(
        {
          ...VALID_HMRC_GRANT,
          nominalId: 'NOM-99999',
          legalBasis: '',
          purpose: 'AUDIT',
        },
        requestOf(HMRC_DISCLOSURE_OFFICER),
      ),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/NOM-99999.*AUDIT.*legalBasis is required/);
  });

  it('refuses a request without a purpose before looking at anything', async () => {
    const error = await refusalOf(() =>
      service.record(VALID_HMRC_GRANT, {
        caller: HMRC_DISCLOSURE_OFFICER,
        now: NOW,
      }),
    );
    expect(error.extensions.code).toBe('PURPOSE_REQUIRED');
    expect(readAllRows(database)).toEqual([]);
  });

  it('revokes a grant once; the second revocation is an invalid transition that changes nothing', async () => {
    await service.record(VALID_HMRC_GRANT, requestOf(HMRC_DISCLOSURE_OFFICER));
    const later = '2026-03-03T12:00:00.000Z';
    const revoked = await service.revoke(
      { id: 'DG-1', reason: 'Investigation closed' },
      requestOf(HMRC_DISCLOSURE_OFFICER, later),
    );
    expect(revoked).toMatchObject({
      revokedAt: later,
      revokedBy: HMRC_DISCLOSURE_OFFICER.sub,
      revocationReason: 'Investigation closed',
    });
    const before = readAllRows(database);
    const error = await refusalOf(() =>
      service.revoke(
        { id: 'DG-1', reason: 'Again' },
        requestOf(HMRC_DISCLOSURE_OFFICER),
      ),
    );
    expect(error.extensions.code).toBe('INVALID_TRANSITION');
    expect(error.message).toMatch(/already revoked/);
    expect(readAllRows(database)).toEqual(before);
  });

  it("answers another owner's disclosure officer exactly as for an unknown id", async () => {
    await service.record(VALID_HMRC_GRANT, requestOf(HMRC_DISCLOSURE_OFFICER));
    const before = readAllRows(database);
    const known = await refusalOf(() =>
      service.revoke(
        { id: 'DG-1', reason: 'Not ours' },
        requestOf(NCA_DISCLOSURE_OFFICER),
      ),
    );
    const unknown = await refusalOf(() =>
      service.revoke(
        { id: 'DG-404', reason: 'Not ours' },
        requestOf(NCA_DISCLOSURE_OFFICER),
      ),
    );
    expect(known.message).toBe(unknown.message);
    expect(known.extensions.code).toBe('BAD_USER_INPUT');
    expect(readAllRows(database)).toEqual(before);
  });

  it('refuses a revocation without a reason, or by someone who is no disclosure officer', async () => {
    await service.record(VALID_HMRC_GRANT, requestOf(HMRC_DISCLOSURE_OFFICER));
    const before = readAllRows(database);
    const noReason = await refusalOf(() =>
      service.revoke(
        { id: 'DG-1', reason: ' ' },
        requestOf(HMRC_DISCLOSURE_OFFICER),
      ),
    );
    expect(noReason.extensions.code).toBe('BAD_USER_INPUT');
    expect(noReason.message).toMatch(/reason is required/);
    const investigator = await refusalOf(() =>
      service.revoke(
        { id: 'DG-1', reason: 'Closed' },
        requestOf(HMRC_INVESTIGATOR),
      ),
    );
    expect(investigator.extensions.code).toBe('FORBIDDEN');
    expect(readAllRows(database)).toEqual(before);
  });

  it("lets only an owner's disclosure officer list grants, and only that owner's", async () => {
    expect(service.assertMayListGrants(requestOf(NCA_DISCLOSURE_OFFICER))).toBe(
      'NCA',
    );
    const error = await refusalOf(() =>
      service.assertMayListGrants(requestOf(HMRC_INVESTIGATOR)),
    );
    expect(error.extensions.code).toBe('FORBIDDEN');
  });
});
