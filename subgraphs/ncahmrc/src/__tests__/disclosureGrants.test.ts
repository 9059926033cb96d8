import {
  createFixedPolicy,
  createRecordingSink,
  createSubgraphTestServer,
  type RecordingSink,
  type SubgraphTestServer,
} from '@marsoc/platform/testing';
import { type Caller } from '@marsoc/schema';
import { type NcaHmrcLoaders } from '../loaders';
import { type NcaHmrcRepository } from '../repository/NcaHmrcRepository';
import { openTestRepository } from './fixtures';
import {
  codesOf,
  HMRC_DISCLOSURE_OFFICER,
  hmrcGrant,
  LIST,
  NCA_DISCLOSURE_OFFICER,
  POLICE_ANALYST,
  PURPOSE,
  RECORD,
  REVOKE,
} from './grantFixtures';
import { ncahmrcService } from '../ncahmrcService';

describe('case-specific disclosure grants in the NCA/HMRC subgraph (seed 000 E629 "Dare to Share")', () => {
  let repository: NcaHmrcRepository;
  let audit: RecordingSink;
  let server: SubgraphTestServer<NcaHmrcLoaders>;
  beforeEach(async () => {
    repository = await openTestRepository();
    audit = createRecordingSink();
    server = createSubgraphTestServer(ncahmrcService, {
      repository,
      auditSink: audit,
    });
  });

  const run = (
    query: string,
    variables: Record<string, unknown>,
    caller: Caller,
  ) => server.execute(query, variables, { caller, purpose: PURPOSE });

  it('records an HMRC grant under CRCA 2005 s.18(2)(d) and returns it as an HmrcDisclosureGrant', async () => {
    const result = await run(RECORD, hmrcGrant(), HMRC_DISCLOSURE_OFFICER);
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDisclosureGrant).toMatchObject({
      __typename: 'HmrcDisclosureGrant',
      id: expect.stringMatching(/^DG-/),
      owner: 'HMRC',
      nominalId: 'NOM-00001',
      category: 'TAX',
      recipient: 'POLICE',
      purpose: 'INTELLIGENCE_DEVELOPMENT',
      legalBasis: 'CRCA 2005 s.18(2)(d) (criminal investigation)',
      grantedBy: HMRC_DISCLOSURE_OFFICER.sub,
      revokedAt: null,
      regions: HMRC_DISCLOSURE_OFFICER.regions,
      units: null,
    });
    expect(await repository.findGrantsByNominalIds(['NOM-00001'])).toHaveLength(
      1,
    );
  });

  it('records the regions and units a grant is scoped to and returns them', async () => {
    const variables = hmrcGrant({
      regions: ['NORTH_WEST', 'WALES'],
      units: ['NWROCU'],
    });
    const result = await run(RECORD, variables, HMRC_DISCLOSURE_OFFICER);
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDisclosureGrant).toMatchObject({
      regions: ['NORTH_WEST', 'WALES'],
      units: ['NWROCU'],
    });
    expect(await repository.findGrantsByNominalIds(['NOM-00001'])).toEqual([
      expect.objectContaining({ regions: ['NORTH_WEST', 'WALES'] }),
    ]);
  });

  it('refuses a grant of the NCND covert interest under the real register, before anything is written', async () => {
    const variables = hmrcGrant({
      owner: 'NCA',
      category: 'NCA_COVERT_INTEREST',
      legalBasis: 'Crime and Courts Act 2013 s.7(4)',
    });
    const held = await run(RECORD, variables, NCA_DISCLOSURE_OFFICER);
    expect(codesOf(held)).toEqual(['BAD_USER_INPUT']);
    expect(held.errors?.[0]?.message).toMatch(
      /category NCA_COVERT_INTEREST is neither confirm nor deny \(NCND\)/,
    );
    const other = await run(
      RECORD,
      hmrcGrant({ ...variables.input, nominalId: 'NOM-00002' }),
      NCA_DISCLOSURE_OFFICER,
    );
    expect(other.errors?.[0]?.message).toBe(held.errors?.[0]?.message);
    expect(
      await repository.findGrantsByNominalIds(['NOM-00001', 'NOM-00002']),
    ).toEqual([]);
  });

  it("audits the grant as a COLLECTION naming the grant's nominal (DPA 2018 s.62(1))", async () => {
    await run(RECORD, hmrcGrant(), HMRC_DISCLOSURE_OFFICER);
    expect(audit.records).toEqual([
      expect.objectContaining({
        processing: 'COLLECTION',
        nominalIds: ['NOM-00001'],
        outcome: 'SUCCESS',
        actor: expect.objectContaining({ sub: HMRC_DISCLOSURE_OFFICER.sub }),
      }),
    ]);
  });

  it('records an NCA grant under Crime and Courts Act 2013 s.7(4) as an NcaDisclosureGrant', async () => {
    const variables = hmrcGrant({
      owner: 'NCA',
      nominalId: 'NOM-00002',
      category: 'NCA_INTEREST',
      recipient: 'HMPPS',
      legalBasis: 'Crime and Courts Act 2013 s.7(4)',
    });
    const result = await run(RECORD, variables, NCA_DISCLOSURE_OFFICER);
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDisclosureGrant).toMatchObject({
      __typename: 'NcaDisclosureGrant',
      owner: 'NCA',
      nominalId: 'NOM-00002',
    });
  });

  it('refuses bad input with BAD_USER_INPUT listing each problem, and stores nothing', async () => {
    const variables = hmrcGrant({
      nominalId: 'NOM-00002',
      category: 'NCA_INTEREST',
      legalBasis: 'CRCA 2005 s.18',
      expiresAt: '2020-01-01T00:00:00Z',
    });
    const result = await run(RECORD, variables, HMRC_DISCLOSURE_OFFICER);
    expect(result.data?.recordDisclosureGrant).toBeNull();
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    const message = result.errors?.[0]?.message ?? '';
    expect(message).toMatch(/HMRC holds no record of nominal NOM-00002/);
    expect(message).toMatch(/category NCA_INTEREST is not owned by HMRC/);
    expect(message).toMatch(/CRCA 2005 s\.18\(2\) paragraph/);
    expect(message).toMatch(/expiresAt must be in the future/);
    const listed = await run(
      LIST,
      { nominalId: 'NOM-00002' },
      HMRC_DISCLOSURE_OFFICER,
    );
    expect(listed.data?.disclosureGrants).toEqual([]);
    expect(
      await repository.findGrantsByNominalIds(['NOM-00001', 'NOM-00002']),
    ).toEqual([]);
  });

  it('audits a refused grant as DENIED, not PARTIAL', async () => {
    await run(RECORD, hmrcGrant(), POLICE_ANALYST);
    expect(audit.records).toEqual([
      expect.objectContaining({
        processing: 'COLLECTION',
        outcome: 'DENIED',
        actor: expect.objectContaining({ sub: POLICE_ANALYST.sub }),
      }),
    ]);
  });

  it('refuses a police analyst with FORBIDDEN, both recording and listing grants', async () => {
    const recorded = await run(RECORD, hmrcGrant(), POLICE_ANALYST);
    expect(codesOf(recorded)).toEqual(['FORBIDDEN']);
    const listed = await run(LIST, { nominalId: 'NOM-00001' }, POLICE_ANALYST);
    expect(codesOf(listed)).toEqual(['FORBIDDEN']);
    expect(listed.data?.disclosureGrants ?? null).toBeNull();
    expect(await repository.findGrantsByNominalIds(['NOM-00001'])).toEqual([]);
  });

  it("lists to each owner's disclosure officer only that owner's grants", async () => {
    await run(RECORD, hmrcGrant(), HMRC_DISCLOSURE_OFFICER);
    const ncaGrant = hmrcGrant({
      owner: 'NCA',
      category: 'NCA_INTEREST',
      legalBasis: 'Crime and Courts Act 2013 s.7(4)',
    });
    await run(RECORD, ncaGrant, NCA_DISCLOSURE_OFFICER);
    const hmrc = await run(
      LIST,
      { nominalId: 'NOM-00001' },
      HMRC_DISCLOSURE_OFFICER,
    );
    const nca = await run(
      LIST,
      { nominalId: 'NOM-00001' },
      NCA_DISCLOSURE_OFFICER,
    );
    expect(hmrc.data?.disclosureGrants).toEqual([
      expect.objectContaining({
        __typename: 'HmrcDisclosureGrant',
        owner: 'HMRC',
        category: 'TAX',
      }),
    ]);
    expect(nca.data?.disclosureGrants).toEqual([
      expect.objectContaining({
        __typename: 'NcaDisclosureGrant',
        owner: 'NCA',
        category: 'NCA_INTEREST',
      }),
    ]);
  });

  it('revokes a grant with a reason, and refuses to revoke it twice (INVALID_TRANSITION)', async () => {
    const recorded = await run(RECORD, hmrcGrant(), HMRC_DISCLOSURE_OFFICER);
    const id = (recorded.data?.recordDisclosureGrant as { id: string }).id;
    const revoked = await run(
      REVOKE,
      { id, reason: 'Investigation closed' },
      HMRC_DISCLOSURE_OFFICER,
    );
    expect(revoked.data?.revokeDisclosureGrant).toMatchObject({
      id,
      revokedAt: expect.any(String),
      revocationReason: 'Investigation closed',
    });
    const again = await run(
      REVOKE,
      { id, reason: 'Again' },
      HMRC_DISCLOSURE_OFFICER,
    );
    expect(codesOf(again)).toEqual(['INVALID_TRANSITION']);
    expect((await repository.findGrantById(id))?.revocationReason).toBe(
      'Investigation closed',
    );
  });

  it('withholds every field of a grant when the register withholds DISCLOSURE_GRANTS', async () => {
    server = createSubgraphTestServer(ncahmrcService, {
      repository,
      auditSink: audit,
      policy: createFixedPolicy((marking) =>
        marking.category === 'DISCLOSURE_GRANTS' ? 'WITHHELD' : 'FULL',
      ),
    });
    const result = await run(RECORD, hmrcGrant(), HMRC_DISCLOSURE_OFFICER);
    const grant = result.data?.recordDisclosureGrant as Record<string, unknown>;
    expect(grant.__typename).toBe('HmrcDisclosureGrant');
    expect(
      Object.entries(grant).filter(
        ([name, value]) => name !== '__typename' && value !== null,
      ),
    ).toEqual([]);
    expect(new Set(codesOf(result))).toEqual(new Set(['WITHHELD']));
  });
});

describe('which owner holds a nominal, for grants', () => {
  let repository: NcaHmrcRepository;
  beforeAll(async () => {
    repository = await openTestRepository();
  });
  it('answers per owner from its own records', async () => {
    expect(await repository.isNominalHeldBy('NOM-00001', 'HMRC')).toBe(true);
    expect(await repository.isNominalHeldBy('NOM-00002', 'HMRC')).toBe(false);
    expect(await repository.isNominalHeldBy('NOM-00002', 'NCA')).toBe(true);
    expect(await repository.isNominalHeldBy('NOM-99999', 'NCA')).toBe(false);
    expect(await repository.isNominalHeldBy('NOM-00001', 'POLICE')).toBe(false);
  });
});
