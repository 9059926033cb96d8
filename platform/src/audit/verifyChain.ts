import { GENESIS_HEAD, headOf, isSealIntact } from './chain';
import { type AuditRecord, type ChainHead } from './types';

/** What can be wrong with a chain, each meaning one kind of tampering or damage. */
export const CHAIN_PROBLEMS = {
  HASH_MISMATCH: 'hash mismatch: the record was edited after it was written',
  SEQUENCE_GAP: 'sequence gap: one or more records before it were deleted',
  SEQUENCE_OUT_OF_ORDER:
    'sequence out of order: records were reordered or duplicated',
  PREVIOUS_HASH_MISMATCH:
    'previousHash does not match the record before: a record was replaced or the chain spliced',
  WRONG_CHAIN: 'the record belongs to another chain',
  TRUNCATED: 'torn last line: the log was truncated mid-record',
  MALFORMED: 'unreadable record: not a well-formed audit record',
  HEAD_MISMATCH:
    'the log does not reach its recorded head: records at the end were deleted or replaced',
} as const;
export type ChainProblem = keyof typeof CHAIN_PROBLEMS;

export type ChainVerification =
  { ok: true; count: number; head: ChainHead } | ChainFailure;

export interface ChainFailure {
  ok: false;
  /** The sequence the bad record has, or should have had. */
  sequence: number;
  /** Its position in the list read back (0-based). */
  index: number;
  problem: ChainProblem;
  explanation: string;
}

export interface VerifyChainOptions {
  /** Defaults to the first record's chain. */
  chainId?: string;
  /**
   * A head kept apart from the records (a Redis head key, a witnessed
   * checkpoint) that the chain must contain. It catches deletion at the end,
   * which a chain alone cannot show. Records after it are fine: they may have
   * been appended since the head was read.
   */
  knownHead?: ChainHead;
}

/** Checks that `records` form one unbroken chain from genesis; names the first fault. */
export function verifyChain(
  records: readonly AuditRecord[],
  options: VerifyChainOptions = {},
): ChainVerification {
  const chainId = options.chainId ?? records[0]?.chainId;
  let head = GENESIS_HEAD;
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index] as AuditRecord;
    const problem = findProblem(
      record,
      head,
      chainId,
      records.slice(index + 1),
    );
    if (problem !== undefined) {
      return fail(problem, record.sequence, index);
    }
    head = headOf(record);
  }
  if (
    options.knownHead !== undefined &&
    !containsHead(records, options.knownHead)
  ) {
    return fail('HEAD_MISMATCH', head.sequence + 1, records.length);
  }
  return { ok: true, count: records.length, head };
}

/** A failure for an entry that could not be read as a record at all. */
export function describeUnreadable(
  problem: 'TRUNCATED' | 'MALFORMED',
  sequence: number,
  index: number,
): ChainFailure {
  return fail(problem, sequence, index);
}

function findProblem(
  record: AuditRecord,
  head: ChainHead,
  chainId: string | undefined,
  later: readonly AuditRecord[],
): ChainProblem | undefined {
  if (record.chainId !== chainId) return 'WRONG_CHAIN';
  // Checked first: an edit can change any field, sequence included.
  if (!isSealIntact(record)) return 'HASH_MISMATCH';
  const expected = head.sequence + 1;
  if (record.sequence < expected) return 'SEQUENCE_OUT_OF_ORDER';
  if (record.sequence > expected) {
    // The missing sequence turning up later means a move, not a deletion.
    const moved = later.some((other) => other.sequence === expected);
    return moved ? 'SEQUENCE_OUT_OF_ORDER' : 'SEQUENCE_GAP';
  }
  if (record.previousHash !== head.hash) return 'PREVIOUS_HASH_MISMATCH';
  return undefined;
}

/** Only called on a chain already verified contiguous from sequence 1. */
function containsHead(
  records: readonly AuditRecord[],
  knownHead: ChainHead,
): boolean {
  if (knownHead.sequence === 0) return true;
  return records[knownHead.sequence - 1]?.hash === knownHead.hash;
}

function fail(
  problem: ChainProblem,
  sequence: number,
  index: number,
): ChainFailure {
  return {
    ok: false,
    sequence,
    index,
    problem,
    explanation: CHAIN_PROBLEMS[problem],
  };
}
