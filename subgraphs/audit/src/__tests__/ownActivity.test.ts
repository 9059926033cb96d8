import {
  type AuditSink,
  createFileAuditSink,
  createSilentLogger,
} from '@marsoc/platform';
import { createFileAuditLogRepository } from '../repository/createFileAuditLogRepository';
import {
  access,
  AUDITOR,
  createTemporaryDirectory,
  NOMINAL,
  OTHER_AUDITOR,
  POLICE_ANALYST,
  removeDirectory,
  writeAuditLog,
} from './auditLogFixtures';
import {
  ACCESSES_QUERY,
  AUDIT_PURPOSE,
  AUDIT_RULES,
  readAccesses,
} from './fixtures';
import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { auditService } from '../auditService';

/**
 * Access to the audit is itself logged and no one audits their own activity
 * (PND Code; docs/audit-design.md#the-auditors-view): the subgraph's own operations go
 * through the platform audit plugin like any other subgraph's.
 */
describe("the audit subgraph's own audit trail", () => {
  let directory: string;
  let sink: AuditSink;

  beforeAll(async () => {
    directory = await createTemporaryDirectory();
    await writeAuditLog(directory, [access(POLICE_ANALYST, {})]);
    sink = await createFileAuditSink({
      directory,
      service: 'audit',
      log: createSilentLogger(),
    });
  });
  afterAll(async () => {
    await sink.close();
    await removeDirectory(directory);
  });

  const ask = (caller = AUDITOR, purpose = AUDIT_PURPOSE) =>
    createSubgraphTestServer(auditService, {
      ...AUDIT_RULES,
      repository: createFileAuditLogRepository(directory),
      auditSink: sink,
    }).execute(ACCESSES_QUERY, { nominalId: NOMINAL }, { caller, purpose });

  it("records an auditor's query against the nominal, hides it from that auditor and shows it to another", async () => {
    const first = readAccesses(await ask());
    expect(first.map((item) => item.actor.sub)).toEqual([POLICE_ANALYST.sub]);

    const again = readAccesses(await ask());
    expect(again.map((item) => item.actor.sub)).toEqual([POLICE_ANALYST.sub]);

    const seenByOther = readAccesses(await ask(OTHER_AUDITOR));
    const auditorsLooks = seenByOther.filter(
      (item) => item.actor.sub === AUDITOR.sub,
    );
    expect(auditorsLooks).toHaveLength(2);
    expect(auditorsLooks[0]).toMatchObject({
      service: 'audit',
      processing: 'DISCLOSURE',
      outcome: 'SUCCESS',
      purpose: 'AUDIT',
      justification: AUDIT_PURPOSE.justification,
      shown: [
        {
          owner: 'MARSOC',
          category: 'AUDIT_LOG',
          withheld: [],
          // The root field only: the row fields would say whether the first
          // auditor's own answer held anything (generaliseAuditLogEntry).
          released: ['Query.accessesTo'],
        },
      ],
    });
  });

  it('records a refused attempt to read the audit against the nominal, with what was withheld', async () => {
    const refused = await ask(POLICE_ANALYST);
    expect(refused.errors?.[0]?.extensions?.code).toBe('WITHHELD');
    const seen = readAccesses(await ask(OTHER_AUDITOR));
    const attempt = seen.find(
      (item) =>
        item.service === 'audit' && item.actor.sub === POLICE_ANALYST.sub,
    );
    expect(attempt?.shown).toEqual([
      expect.objectContaining({
        owner: 'MARSOC',
        category: 'AUDIT_LOG',
        released: [],
        withheld: ['Query.accessesTo'],
        reasons: ['ROLE_NOT_PERMITTED'],
      }),
    ]);
  });
});
