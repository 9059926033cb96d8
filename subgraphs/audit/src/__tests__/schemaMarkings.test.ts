import { createFileAuditLogRepository } from '../repository/createFileAuditLogRepository';
import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { auditService } from '../auditService';
import { AUDIT_RULES } from './fixtures';

describe('the audit schema', () => {
  const server = createSubgraphTestServer(auditService, {
    ...AUDIT_RULES,
    repository: createFileAuditLogRepository('/nonexistent'),
  });

  it('marks every field MARSOC AUDIT_LOG OFFICIAL_SENSITIVE, and the real register knows the category', () => {
    expect(server.markedFields.length).toBeGreaterThan(0);
    for (const field of server.markedFields) {
      expect([field.coordinate, field.marking]).toEqual([
        field.coordinate,
        {
          owner: 'MARSOC',
          category: 'AUDIT_LOG',
          classification: 'OFFICIAL_SENSITIVE',
        },
      ]);
    }
  });

  it('exposes only the names, counts, times and reasons an audit record holds, never a value', () => {
    // Adding a field here is a deliberate decision: an audit record holds
    // field names and counts, so nothing it exposes can carry a value.
    expect(server.markedFields.map((field) => field.coordinate).sort()).toEqual(
      [
        'AuditAccess.actor',
        'AuditAccess.justification',
        'AuditAccess.outcome',
        'AuditAccess.processing',
        'AuditAccess.purpose',
        'AuditAccess.requestId',
        'AuditAccess.service',
        'AuditAccess.shown',
        'AuditAccess.time',
        'AuditActor.agency',
        'AuditActor.name',
        'AuditActor.roles',
        'AuditActor.sub',
        'AuditActor.unit',
        'AuditActor.vetting',
        'AuditDisclosureCounts.held',
        'AuditDisclosureCounts.released',
        'AuditDisclosureCounts.summarised',
        'AuditDisclosureCounts.withheld',
        'AuditDisclosureSummary.category',
        'AuditDisclosureSummary.counts',
        'AuditDisclosureSummary.held',
        'AuditDisclosureSummary.owner',
        'AuditDisclosureSummary.reasons',
        'AuditDisclosureSummary.released',
        'AuditDisclosureSummary.summarised',
        'AuditDisclosureSummary.withheld',
      ],
    );
  });

  it('has one root field and no mutation: the log is read here, never written', () => {
    expect(
      Object.keys(server.schema.getQueryType()?.getFields() ?? {}),
    ).toEqual(expect.arrayContaining(['accessesTo']));
    expect(
      Object.keys(server.schema.getQueryType()?.getFields() ?? {}).filter(
        (name) => !name.startsWith('_'),
      ),
    ).toEqual(['accessesTo']);
    expect(server.schema.getMutationType()).toBeUndefined();
  });
});
