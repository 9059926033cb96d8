import {
  countCalls,
  createSubgraphTestServer,
  loadRegisterRules,
  type OperationResult,
} from '@marsoc/platform/testing';
import { type RequestPurpose } from '@marsoc/schema';
import { auditService } from '../auditService';
import { createFileAuditLogRepository } from '../repository/createFileAuditLogRepository';

/**
 * How the audit's tests run it: under the real register (the rules under test
 * are the register's), and with no purpose unless a request declares one.
 */
export const AUDIT_RULES = { ...loadRegisterRules(), purpose: null };

/** The audit over the log files in `directory`, counting how often it reads them. */
export function serveCountedLog(directory: string) {
  const { counted, calls } = countCalls(
    createFileAuditLogRepository(directory),
  );
  return {
    server: createSubgraphTestServer(auditService, {
      ...AUDIT_RULES,
      repository: counted,
    }),
    reads: () => calls.get('readRecordsAbout') ?? 0,
  };
}

export const AUDIT_PURPOSE: RequestPurpose = {
  purpose: 'AUDIT',
  justification: 'Quarterly lawfulness check of consultations',
};

export { ACCESSES_QUERY } from '../testing';

export interface AccessResult {
  time: string;
  requestId: string;
  service: string;
  processing: string;
  outcome: string;
  purpose: string | null;
  justification: string | null;
  actor: { sub: string; name: string | null; agency: string; roles: string[] };
  shown: {
    owner: string;
    category: string;
    released: string[];
    held: string[];
    withheld: string[];
    reasons: string[];
    counts: Record<string, number>;
  }[];
}

/** The accesses in a successful answer. */
export function readAccesses(result: OperationResult): AccessResult[] {
  const accesses = result.data?.accessesTo;
  if (!Array.isArray(accesses))
    throw new Error(`no accesses: ${JSON.stringify(result.errors)}`);
  return accesses as AccessResult[];
}
