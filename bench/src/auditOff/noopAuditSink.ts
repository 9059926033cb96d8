import {
  type AuditRecord,
  type AuditSink,
  GENESIS_HASH,
} from '@marsoc/platform';

/**
 * A sink that keeps nothing and answers at once: the bench's "audit off", so
 * that the cost of the real sinks can be priced. It exists only here; the
 * services have no setting that turns the audit off.
 */
export function createNoopAuditSink(service: string): AuditSink {
  let sequence = 0;
  return {
    append(input) {
      sequence += 1;
      const record: AuditRecord = {
        ...input,
        chainId: `bench-noop:${service}`,
        sequence,
        previousHash: GENESIS_HASH,
        hash: GENESIS_HASH,
      };
      return Promise.resolve(record);
    },
    close: () => Promise.resolve(),
  };
}
