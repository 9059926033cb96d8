import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { createFixedPolicy } from '@marsoc/platform/testing';
import { createFileAuditLogRepository } from '../repository/createFileAuditLogRepository';
import {
  access,
  AUDITOR,
  createTemporaryDirectory,
  NOMINAL,
  POLICE_ANALYST,
  PRISON_INTEL,
  REGIONAL_LEAD,
  removeDirectory,
  writeAuditLog,
} from './auditFixtures';
import {
  ACCESSES_QUERY,
  AUDIT_PURPOSE,
  countReads,
  createTestServer,
  execute,
} from './testServer';

const purpose = (value: RequestPurpose['purpose']): RequestPurpose => ({
  purpose: value,
  justification: 'Trying to see who else has looked at this nominal',
});

/**
 * Only an AUDITOR with purpose AUDIT sees AUDIT_LOG (marsoc.yaml
 * marsoc-audit-log-to-auditors); DPA 2018 s.62(4) limits the logs' use to
 * verifying lawfulness, and the list of who looked at whom is intelligence
 * (docs/audit-design.md#the-auditors-view).
 */
describe('accessesTo for anyone but an auditor with purpose AUDIT', () => {
  let directory: string;

  beforeAll(async () => {
    directory = await createTemporaryDirectory();
    await writeAuditLog(directory, [access(PRISON_INTEL, {})]);
  });
  afterAll(() => removeDirectory(directory));

  const refusals: [string, Caller, RequestPurpose | undefined, string][] = [
    [
      'a police analyst developing intelligence',
      POLICE_ANALYST,
      purpose('INTELLIGENCE_DEVELOPMENT'),
      'PURPOSE_NOT_PERMITTED',
    ],
    [
      'a police analyst claiming purpose AUDIT',
      POLICE_ANALYST,
      AUDIT_PURPOSE,
      'ROLE_NOT_PERMITTED',
    ],
    [
      'an auditor with purpose COHORT_MANAGEMENT',
      AUDITOR,
      purpose('COHORT_MANAGEMENT'),
      'PURPOSE_NOT_PERMITTED',
    ],
    [
      'an auditor with purpose PERFORMANCE_REPORTING',
      AUDITOR,
      purpose('PERFORMANCE_REPORTING'),
      'PURPOSE_NOT_PERMITTED',
    ],
    [
      'a MARSOC regional lead managing the cohort',
      REGIONAL_LEAD,
      purpose('COHORT_MANAGEMENT'),
      'PURPOSE_NOT_PERMITTED',
    ],
    [
      'a MARSOC regional lead claiming purpose AUDIT',
      REGIONAL_LEAD,
      AUDIT_PURPOSE,
      'ROLE_NOT_PERMITTED',
    ],
  ];

  it.each(refusals)(
    'withholds the access audit from %s, without reading it',
    async (_, caller, requestPurpose, reason) => {
      const counted = countReads(createFileAuditLogRepository(directory));
      const result = await execute(
        createTestServer(counted.repository),
        ACCESSES_QUERY,
        { caller, purpose: requestPurpose, variables: { nominalId: NOMINAL } },
      );
      expect(result.data).toEqual({ accessesTo: null });
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'WITHHELD',
        owner: 'MARSOC',
        category: 'AUDIT_LOG',
        reason,
      });
      expect(counted.reads()).toBe(0);
    },
  );

  it('withholds it from an auditor who gives no purpose', async () => {
    const result = await execute(
      createTestServer(createFileAuditLogRepository(directory)),
      ACCESSES_QUERY,
      { caller: AUDITOR, variables: { nominalId: NOMINAL } },
    );
    expect(result.data).toEqual({ accessesTo: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      category: 'AUDIT_LOG',
    });
  });

  it('says the same to a refused caller whether or not anyone accessed the nominal', async () => {
    const server = createTestServer(createFileAuditLogRepository(directory));
    const ask = (nominalId: string) =>
      execute(server, ACCESSES_QUERY, {
        caller: POLICE_ANALYST,
        purpose: AUDIT_PURPOSE,
        variables: { nominalId },
      });
    expect(await ask('NOM-99999')).toEqual(await ask(NOMINAL));
  });

  it('releases no SUMMARY or EXISTENCE form of the log: anything below FULL is withheld', async () => {
    for (const level of ['SUMMARY', 'EXISTENCE'] as const) {
      const result = await execute(
        createTestServer(createFileAuditLogRepository(directory), {
          policy: createFixedPolicy(() => level),
        }),
        ACCESSES_QUERY,
        {
          caller: AUDITOR,
          purpose: AUDIT_PURPOSE,
          variables: { nominalId: NOMINAL },
        },
      );
      expect(result.data).toEqual({ accessesTo: null });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'WITHHELD',
        category: 'AUDIT_LOG',
      });
      expect(result.errors?.[0]?.extensions?.held).toBeUndefined();
    }
  });

  it('answers NCND exactly as an empty log would', async () => {
    const result = await execute(
      createTestServer(createFileAuditLogRepository(directory), {
        policy: createFixedPolicy(() => 'NCND'),
      }),
      ACCESSES_QUERY,
      {
        caller: AUDITOR,
        purpose: AUDIT_PURPOSE,
        variables: { nominalId: NOMINAL },
      },
    );
    expect(result).toEqual({ data: { accessesTo: [] } });
  });
});
