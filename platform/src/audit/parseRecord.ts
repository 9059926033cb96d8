import {
  readCount,
  readObject,
  readString,
  AuditValidationError,
} from './fields';
import { RULES } from './rules';
import { type AuditRecord } from './types';
import { OPTIONAL_INPUT_KEYS, readInputFields } from './validateInput';

const RECORD_KEYS = [
  'time',
  'requestId',
  'service',
  'actor',
  'purpose',
  'justification',
  'operationName',
  'operationHash',
  'processing',
  'nominalIds',
  'disclosures',
  'registerVersion',
  'supergraphVersion',
  'outcome',
  'chainId',
  'sequence',
  'previousHash',
  'hash',
] as const;

/**
 * Reads a stored record (a parsed JSON line or stream entry) with the same
 * strictness as an append, so a reader never trusts an unexpected shape.
 */
export function parseAuditRecord(value: unknown, path = 'record'): AuditRecord {
  const fields = readObject(value, path, RECORD_KEYS, OPTIONAL_INPUT_KEYS);
  const sequence = readCount(fields.sequence, `${path}.sequence`);
  if (sequence < 1) {
    throw new AuditValidationError(`${path}.sequence`, 'must be at least 1');
  }
  return {
    ...readInputFields(fields, path),
    chainId: readString(fields.chainId, `${path}.chainId`, RULES.chainId),
    sequence,
    previousHash: readString(
      fields.previousHash,
      `${path}.previousHash`,
      RULES.sha256,
    ),
    hash: readString(fields.hash, `${path}.hash`, RULES.sha256),
  };
}
