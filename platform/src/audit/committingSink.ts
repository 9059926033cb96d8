import { type Logger } from 'pino';
import { createGroupCommitter } from './groupCommit';
import { createInputChecker } from './sinkInput';
import {
  type AuditRecord,
  type AuditRecordInput,
  type AuditSink,
} from './types';

export interface CommittingSinkParts {
  service: string;
  log: Logger;
  maxBatch: number;
  /** Seals and stores a batch durably, in order; rejects on any failure. */
  commit(inputs: readonly AuditRecordInput[]): Promise<AuditRecord[]>;
  describeClosed(): Error;
  /** Releases the store once every accepted append has settled. */
  close(): Promise<void>;
}

/**
 * The part both sinks share: validate each input, group-commit the valid
 * ones, refuse appends after close and let accepted ones finish first.
 */
export function createCommittingSink(parts: CommittingSinkParts): AuditSink {
  const committer = createGroupCommitter(parts.commit, parts.maxBatch);
  const checkInput = createInputChecker(parts.service, parts.log);
  let closed = false;
  return {
    append(input) {
      if (closed) return Promise.reject(parts.describeClosed());
      try {
        return committer.submit(checkInput(input));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await committer.drain();
      await parts.close();
    },
  };
}
