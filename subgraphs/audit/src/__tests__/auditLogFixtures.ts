import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AuditDisclosure,
  type AuditRecordInput,
  createFileAuditSink,
  createSilentLogger,
} from '@marsoc/platform';
import { type Caller } from '@marsoc/schema';

/** The nominal most of these records touch. */
export const NOMINAL = 'NOM-00001';

export const POLICE_ANALYST: Caller = {
  sub: 'test-0001-police-analyst',
  name: 'Ada Fictional-Analyst',
  agency: 'POLICE',
  unit: 'NWROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};

export const PRISON_INTEL: Caller = {
  sub: 'test-0002-prison-intel',
  name: 'Pat Madeup-Intel',
  agency: 'HMPPS',
  unit: 'HMP Altcourse',
  regions: ['NORTH_WEST'],
  roles: ['INTELLIGENCE_OFFICER'],
  vetting: 'NPPV3',
};

export const AUDITOR: Caller = {
  sub: 'test-0009-auditor',
  name: 'Avery Notreal-Auditor',
  agency: 'MARSOC',
  unit: 'MARSOC National Team - Assurance',
  regions: ['NORTH_WEST', 'LONDON'],
  roles: ['AUDITOR'],
  vetting: 'SC',
};

/** A second auditor: sees the first one's queries, as the first sees theirs. */
export const OTHER_AUDITOR: Caller = {
  ...AUDITOR,
  sub: 'test-0011-second-auditor',
  name: 'Blake Invented-Auditor',
};

export const REGIONAL_LEAD: Caller = {
  sub: 'test-0008-regional-lead',
  name: 'Robin Pretend-Lead',
  agency: 'MARSOC',
  unit: 'North West MARSOC hub',
  regions: ['NORTH_WEST'],
  roles: ['REGIONAL_LEAD'],
  vetting: 'SC',
};

/** One owner category's disclosure: names only; counts follow the lists. */
export function disclosure(
  nominalId: string | null,
  owner: AuditDisclosure['owner'],
  category: string,
  levels: Partial<
    Pick<AuditDisclosure, 'released' | 'summarised' | 'held' | 'withheld'>
  >,
  reasons?: AuditDisclosure['reasons'],
): AuditDisclosure {
  const released = levels.released ?? [];
  const summarised = levels.summarised ?? [];
  const held = levels.held ?? [];
  const withheld = levels.withheld ?? [];
  return {
    nominalId,
    owner,
    category,
    released,
    summarised,
    held,
    withheld,
    counts: {
      released: released.length,
      summarised: summarised.length,
      held: held.length,
      withheld: withheld.length,
    },
    rules: ['test-rule'],
    ...(reasons ? { reasons } : {}),
  };
}

/** A valid record input for `actor`; the rest overridable. */
export function access(
  actor: Caller,
  overrides: Partial<AuditRecordInput>,
): AuditRecordInput {
  return {
    time: '2026-03-01T09:00:00.000Z',
    requestId: 'req-0001',
    service: 'gateway',
    actor: { ...actor, regions: [...actor.regions], roles: [...actor.roles] },
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    justification: 'Preparing the subject profile for the cohort forum',
    operationName: 'SubjectProfile',
    operationHash: createHash('sha256').update('query').digest('hex'),
    processing: 'COMBINATION',
    nominalIds: [NOMINAL],
    // An auditor reads a record only through its entries, so every record has one.
    disclosures: [
      disclosure(NOMINAL, 'MARSOC', 'IDENTITY', {
        released: ['ApmisNominalRecord.name'],
      }),
    ],
    registerVersion: 'test-register',
    supergraphVersion: 'test-supergraph',
    outcome: 'SUCCESS',
    ...overrides,
  };
}

/**
 * Writes `inputs` with the real file sink, one chain per service, in order,
 * and closes every sink (so a server's own sink may open the files after).
 */
export async function writeAuditLog(
  directory: string,
  inputs: readonly AuditRecordInput[],
): Promise<void> {
  const services = [...new Set(inputs.map((input) => input.service))];
  for (const service of services) {
    const sink = await createFileAuditSink({
      directory,
      service,
      log: createSilentLogger(),
    });
    try {
      for (const input of inputs.filter((item) => item.service === service))
        await sink.append(input);
    } finally {
      await sink.close();
    }
  }
}

export function createTemporaryDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'marsoc-audit-subgraph-'));
}

export function removeDirectory(directory: string): Promise<void> {
  return rm(directory, { recursive: true, force: true });
}
