import fc from 'fast-check';
import { encodeCanonical } from '../canonical';
import {
  GENESIS_HASH,
  GENESIS_HEAD,
  hashRecord,
  isSealIntact,
  sealEncodedRecords,
  sealRecords,
} from '../chain';
import { type AuditRecord } from '../types';
import { verifyChain } from '../verifyChain';
import { createInputs } from './fixtures';

function createChain(count: number): AuditRecord[] {
  return sealRecords(createInputs(count), 'gateway', GENESIS_HEAD);
}

describe('hashRecord and sealRecords', () => {
  it('starts every chain at sequence 1 linked to a genesis hash of 64 zeros', () => {
    const [first] = createChain(1);
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    expect(first?.sequence).toBe(1);
    expect(first?.previousHash).toBe(GENESIS_HASH);
  });

  it('links each record to the hash of the one before', () => {
    const [first, second] = createChain(2);
    expect(second?.previousHash).toBe(first?.hash);
    expect(second?.sequence).toBe(2);
  });

  it('hashes the record without its own hash, so a stored record re-hashes to itself', () => {
    const [record] = createChain(1) as [AuditRecord];
    expect(hashRecord(record.previousHash, record)).toBe(record.hash);
    expect(
      hashRecord(record.previousHash, { ...record, hash: 'f'.repeat(64) }),
    ).toBe(record.hash);
  });

  it('gives a different hash for a different previous hash', () => {
    const [record] = createChain(1) as [AuditRecord];
    expect(hashRecord('1'.repeat(64), record)).not.toBe(record.hash);
  });
});

describe('sealEncodedRecords', () => {
  it('seals as sealRecords does and gives each record exactly its canonical encoding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.dictionary(
          fc.constantFrom('zeta', 'alpha', 'hashed', 'has', 'Hash', '10', '9'),
          fc.jsonValue(),
        ),
        (count, extra) => {
          // Extra members around "hash" in the key order, as a future field might sit.
          const inputs = createInputs(count).map((input) => ({
            ...input,
            ...extra,
          }));
          const sealed = sealEncodedRecords(inputs, 'gateway', GENESIS_HEAD);
          expect(sealed.map(({ record }) => record)).toEqual(
            sealRecords(inputs, 'gateway', GENESIS_HEAD),
          );
          for (const { record, encoded } of sealed) {
            expect(encoded).toBe(encodeCanonical(record));
            expect(isSealIntact(record)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and reports its length and head', () => {
    const records = createChain(5);
    expect(verifyChain(records)).toEqual({
      ok: true,
      count: 5,
      head: { sequence: 5, hash: records[4]?.hash },
    });
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([])).toMatchObject({ ok: true, count: 0 });
  });

  it('names an edited record by a hash mismatch', () => {
    const records = createChain(4);
    records[2] = { ...(records[2] as AuditRecord), purpose: 'AUDIT' };
    expect(verifyChain(records)).toMatchObject({
      ok: false,
      sequence: 3,
      index: 2,
      problem: 'HASH_MISMATCH',
    });
  });

  it('names a deleted record by the sequence gap after it', () => {
    const records = createChain(4);
    records.splice(1, 1);
    expect(verifyChain(records)).toMatchObject({
      ok: false,
      sequence: 3,
      index: 1,
      problem: 'SEQUENCE_GAP',
    });
  });

  it('names a deleted first record', () => {
    const records = createChain(3).slice(1);
    expect(verifyChain(records)).toMatchObject({
      ok: false,
      sequence: 2,
      index: 0,
      problem: 'SEQUENCE_GAP',
    });
  });

  it('names reordered records as out of order, not deleted', () => {
    const records = createChain(4);
    [records[1], records[2]] = [
      records[2] as AuditRecord,
      records[1] as AuditRecord,
    ];
    expect(verifyChain(records)).toMatchObject({
      ok: false,
      index: 1,
      problem: 'SEQUENCE_OUT_OF_ORDER',
    });
  });

  it('names a duplicated record as out of order', () => {
    const records = createChain(3);
    records.splice(2, 0, records[1] as AuditRecord);
    expect(verifyChain(records)).toMatchObject({
      ok: false,
      index: 2,
      problem: 'SEQUENCE_OUT_OF_ORDER',
    });
  });

  it('names a record replaced by a re-sealed forgery by its broken link', () => {
    const records = createChain(3);
    const original = records[1] as AuditRecord;
    const forged = {
      ...original,
      justification: 'A different reason given afterwards',
      previousHash: '1'.repeat(64),
    };
    records[1] = { ...forged, hash: hashRecord(forged.previousHash, forged) };
    expect(verifyChain(records)).toMatchObject({
      ok: false,
      sequence: 2,
      problem: 'PREVIOUS_HASH_MISMATCH',
    });
  });

  it('names a record spliced in from another chain', () => {
    const records = createChain(2);
    const [foreign] = sealRecords(
      createInputs(2, 'police'),
      'police',
      GENESIS_HEAD,
    ).slice(1);
    records.push(foreign as AuditRecord);
    expect(verifyChain(records)).toMatchObject({
      ok: false,
      index: 2,
      problem: 'WRONG_CHAIN',
    });
  });

  it('catches deletion at the end against a head kept apart from the records', () => {
    const records = createChain(4);
    const knownHead = { sequence: 4, hash: (records[3] as AuditRecord).hash };
    expect(verifyChain(records, { knownHead }).ok).toBe(true);
    expect(verifyChain(records.slice(0, 3), { knownHead })).toMatchObject({
      ok: false,
      sequence: 4,
      index: 3,
      problem: 'HEAD_MISMATCH',
    });
  });

  it('accepts records appended after the known head was read', () => {
    const records = createChain(4);
    const knownHead = { sequence: 2, hash: (records[1] as AuditRecord).hash };
    expect(verifyChain(records, { knownHead })).toMatchObject({
      ok: true,
      count: 4,
    });
  });
});
