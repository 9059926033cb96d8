import { type Caller, type RequestPurpose } from '@marsoc/schema';
import {
  createFixedPolicy,
  createSubgraphTestServer,
  NOTHING_DISCLOSED,
} from '@marsoc/platform/testing';
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
} from './auditLogFixtures';
import {
  ACCESSES_QUERY,
  AUDIT_PURPOSE,
  AUDIT_RULES,
  serveCountedLog,
} from './fixtures';
import { auditService } from '../auditService';

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
      const { server, reads } = serveCountedLog(directory);
      const result = await server.execute(
        ACCESSES_QUERY,
        { nominalId: NOMINAL },
        { caller, purpose: requestPurpose },
      );
      expect(result.data).toEqual({ accessesTo: null });
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'WITHHELD',
        owner: 'MARSOC',
        category: 'AUDIT_LOG',
        reason,
      });
      expect(reads()).toBe(0);
    },
  );

  it('withholds it from an auditor who gives no purpose', async () => {
    const result = await createSubgraphTestServer(auditService, {
      ...AUDIT_RULES,
      repository: createFileAuditLogRepository(directory),
    }).execute(ACCESSES_QUERY, { nominalId: NOMINAL }, { caller: AUDITOR });
    expect(result.data).toEqual({ accessesTo: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      category: 'AUDIT_LOG',
    });
  });

  it('says the same to a refused caller whether or not anyone accessed the nominal', async () => {
    const server = createSubgraphTestServer(auditService, {
      ...AUDIT_RULES,
      repository: createFileAuditLogRepository(directory),
    });
    // The answer proper; the disclosure extension names the id asked about.
    const ask = async (nominalId: string) => {
      const { data, errors } = await server.execute(
        ACCESSES_QUERY,
        { nominalId },
        { caller: POLICE_ANALYST, purpose: AUDIT_PURPOSE },
      );
      return { data, errors };
    };
    expect(await ask('NOM-99999')).toEqual(await ask(NOMINAL));
  });

  it('releases no SUMMARY or EXISTENCE form of the log: anything below FULL is withheld', async () => {
    for (const level of ['SUMMARY', 'EXISTENCE'] as const) {
      const result = await createSubgraphTestServer(auditService, {
        ...AUDIT_RULES,
        repository: createFileAuditLogRepository(directory),
        policy: createFixedPolicy(() => level),
      }).execute(
        ACCESSES_QUERY,
        { nominalId: NOMINAL },
        { caller: AUDITOR, purpose: AUDIT_PURPOSE },
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
    const result = await createSubgraphTestServer(auditService, {
      ...AUDIT_RULES,
      repository: createFileAuditLogRepository(directory),
      policy: createFixedPolicy(() => 'NCND'),
    }).execute(
      ACCESSES_QUERY,
      { nominalId: NOMINAL },
      { caller: AUDITOR, purpose: AUDIT_PURPOSE },
    );
    expect(result).toEqual({
      data: { accessesTo: [] },
      extensions: NOTHING_DISCLOSED,
    });
  });
});
