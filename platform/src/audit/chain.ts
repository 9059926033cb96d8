import { createHash } from 'node:crypto';
import { encodeCanonical, encodeCanonicalMembers } from './canonical';
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
  return sealEncoded(input, chainId, head).record;
}

/** Seals `inputs` in order, each linked to the one before. */
export function sealRecords(
  inputs: readonly AuditRecordInput[],
  chainId: string,
  head: ChainHead,
): AuditRecord[] {
  return sealEncodedRecords(inputs, chainId, head).map(({ record }) => record);
}

/** A sealed record and its canonical encoding, as a sink writes it. */
export interface EncodedRecord {
  record: AuditRecord;
  /** encodeCanonical(record), made from the encoding already hashed. */
  encoded: string;
}

/**
 * sealRecords for a sink: each record with its canonical encoding, which is
 * the hashed encoding with the `hash` member added in its place, so that a
 * record is encoded once rather than once to hash and again to write (a
 * cohort's record is hundreds of kilobytes).
 */
export function sealEncodedRecords(
  inputs: readonly AuditRecordInput[],
  chainId: string,
  head: ChainHead,
): EncodedRecord[] {
  const sealed: EncodedRecord[] = [];
  let current = head;
  for (const input of inputs) {
    const next = sealEncoded(input, chainId, current);
    sealed.push(next);
    current = headOf(next.record);
  }
  return sealed;
}

function sealEncoded(
  input: AuditRecordInput,
  chainId: string,
  head: ChainHead,
): EncodedRecord {
  const unsealed: UnsealedAuditRecord = {
    ...input,
    chainId,
    sequence: head.sequence + 1,
    previousHash: head.hash,
  };
  const members = encodeCanonicalMembers(
    unsealed as unknown as Record<string, unknown>,
  ).filter(({ key }) => key !== 'hash');
  const hash = createHash('sha256')
    .update(joinMembers(members.map(({ member }) => member)))
    .digest('hex');
  const withHash = [...members, { key: 'hash', member: `"hash":"${hash}"` }];
  // Stable sort by key, as encodeCanonical orders them.
  withHash.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    record: { ...unsealed, hash },
    encoded: joinMembers(withHash.map(({ member }) => member)),
  };
}

function joinMembers(members: readonly string[]): string {
  return `{${members.join(',')}}`;
}

/** True when a record's hash matches its content (it was not edited alone). */
export function isSealIntact(record: AuditRecord): boolean {
  return hashRecord(record.previousHash, record) === record.hash;
}

export function headOf(record: AuditRecord): ChainHead {
  return { sequence: record.sequence, hash: record.hash };
}
