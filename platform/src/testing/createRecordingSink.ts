import {
  type AuditRecord,
  type AuditRecordInput,
  type AuditSink,
} from '../audit';

/** An audit sink that keeps what it is given, and can be told to fail like a full disk. */
export interface RecordingSink extends AuditSink {
  records: AuditRecordInput[];
  failing: boolean;
}

export function createRecordingSink(): RecordingSink {
  const sink: RecordingSink = {
    records: [],
    failing: false,
    append(input: AuditRecordInput): Promise<AuditRecord> {
      if (sink.failing) return Promise.reject(new Error('audit disk full'));
      sink.records.push(input);
      return Promise.resolve({
        ...input,
        chainId: 'memory',
        sequence: sink.records.length,
        previousHash: '0'.repeat(64),
        hash: '0'.repeat(64),
      });
    },
    close: () => Promise.resolve(),
  };
  return sink;
}
