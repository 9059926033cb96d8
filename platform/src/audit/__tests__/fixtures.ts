import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { type AuditRecordInput } from '../types';

export const QUERY =
  'query SubjectProfile($id: ID!) { nominal(id: $id) { id name } }';

export function hashQuery(query: string): string {
  return createHash('sha256').update(query).digest('hex');
}

/** A valid input: a police analyst consulting one nominal through the gateway. */
export function createInput(
  overrides: Partial<AuditRecordInput> = {},
): AuditRecordInput {
  return {
    time: '2026-03-01T09:30:00.000Z',
    requestId: 'req-0001',
    service: 'gateway',
    actor: {
      sub: 'police-analyst-1',
      name: 'Ada Analyst',
      agency: 'POLICE',
      unit: 'NWROCU',
      regions: ['NORTH_WEST'],
      roles: ['ANALYST'],
      vetting: 'NPPV3',
    },
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    justification: 'Preparing the subject profile for the March cohort forum',
    operationName: 'SubjectProfile',
    operationHash: hashQuery(QUERY),
    processing: 'COMBINATION',
    nominalIds: ['N-000123'],
    disclosures: [
      {
        nominalId: 'N-000123',
        owner: 'POLICE',
        category: 'IDENTITY',
        released: ['Nominal.name', 'Nominal.dateOfBirth'],
        summarised: [],
        held: [],
        withheld: [],
        counts: { released: 2, summarised: 0, held: 0, withheld: 0 },
        rules: ['police-hmpps-mou-identity'],
      },
      {
        nominalId: 'N-000123',
        owner: 'HMRC',
        category: 'TAX',
        released: [],
        summarised: [],
        held: ['Nominal.taxRecords'],
        withheld: [],
        counts: { released: 0, summarised: 0, held: 1, withheld: 0 },
        rules: ['hmrc-isa-draft-existence'],
        reasons: ['AGREEMENT_NOT_SIGNED'],
      },
    ],
    registerVersion: 'sha256:4f1c0de1',
    supergraphVersion: 'sha256:9a8b7c6d',
    outcome: 'SUCCESS',
    ...overrides,
  };
}

/** `count` inputs with distinct request ids, for one service. */
export function createInputs(
  count: number,
  service = 'gateway',
): AuditRecordInput[] {
  return Array.from({ length: count }, (_, index) =>
    createInput({
      service,
      requestId: `req-${String(index + 1).padStart(4, '0')}`,
    }),
  );
}

export interface CapturedLog {
  log: Logger;
  /** Every log line written so far, as raw JSON text. */
  text(): string;
}

/** A pino logger whose output a test can read (never the console). */
export function createCapturedLog(): CapturedLog {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return { log: pino({ level: 'debug' }, stream), text: () => chunks.join('') };
}

export const silentLog: Logger = pino({ level: 'silent' });

export async function createTemporaryDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'marsoc-audit-'));
}

export async function removeDirectory(directory: string): Promise<void> {
  await rm(directory, { recursive: true, force: true });
}
