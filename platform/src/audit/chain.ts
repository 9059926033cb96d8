import { createHash } from 'node:crypto';
import { encodeCanonical } from './canonical';
import {
  type AuditRecord,
  type AuditRecordInput,
  type ChainHead,
  type UnsealedAuditRecord,
} from './types';

/** What the first record of every chain links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The head of a chain with no records yet. */
export const GENESIS_HEAD: ChainHead = { sequence: 0, hash: GENESIS_HASH };

/**
 * SHA-256 (hex) of the canonical encoding of `record` without its `hash`,
 * with `previousHash` set to the given one. Because the previous hash is
 * inside what is hashed, editing, dropping or moving any earlier record
 * breaks every later link.
 */
export function hashRecord(
  previousHash: string,
  record: UnsealedAuditRecord | AuditRecord,
): string {
  const unsealed: Record<string, unknown> = { ...record, previousHash };
  delete unsealed.hash;
  return createHash('sha256').update(encodeCanonical(unsealed)).digest('hex');
}

/** Links `input` onto `head` of chain `chainId` and seals it with its hash. */
export function sealRecord(
  input: AuditRecordInput,
  chainId: string,
  head: ChainHead,
): AuditRecord {
  const unsealed: UnsealedAuditRecord = {
    ...input,
    chainId,
    sequence: head.sequence + 1,
    previousHash: head.hash,
  };
  return { ...unsealed, hash: hashRecord(head.hash, unsealed) };
}

/** Seals `inputs` in order, each linked to the one before. */
export function sealRecords(
  inputs: readonly AuditRecordInput[],
  chainId: string,
  head: ChainHead,
): AuditRecord[] {
  const records: AuditRecord[] = [];
  let current = head;
  for (const input of inputs) {
    const record = sealRecord(input, chainId, current);
    records.push(record);
    current = { sequence: record.sequence, hash: record.hash };
  }
  return records;
}

/** True when a record's hash matches its content (it was not edited alone). */
export function isSealIntact(record: AuditRecord): boolean {
  return hashRecord(record.previousHash, record) === record.hash;
}

export function headOf(record: AuditRecord): ChainHead {
  return { sequence: record.sequence, hash: record.hash };
}
