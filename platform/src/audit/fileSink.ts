import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Logger } from 'pino';
import {
  nodeAuditFileSystem,
  type AppendOnlyFile,
  type AuditFileSystem,
} from './appendOnlyFile';
import { type TornTailPolicy } from './chainHeadFile';
import { createCommittingSink } from './committingSink';
import { AuditWriteError, createFileChain, openChain } from './fileChain';
import { acquireFileLock } from './fileLock';
import { checkServiceName } from './sinkInput';
import { type AuditSink, type ChainHead } from './types';

export { AuditWriteError } from './fileChain';

export interface FileAuditSinkOptions {
  /** The data directory; created if missing. */
  directory: string;
  /** Names the file (`audit-<service>.jsonl`) and the chain. */
  service: string;
  log: Logger;
  onTornTail?: TornTailPolicy;
  /** Most records in one write + fsync. */
  maxBatch?: number;
  /** Replaced in tests to watch the write/fsync order. */
  fileSystem?: AuditFileSystem;
}

export function auditFileName(service: string): string {
  return `audit-${service}.jsonl`;
}

/**
 * An append-only JSON-lines hash chain per service. `append` resolves only
 * after its line is written and fdatasync'ed; any failure rejects, so the
 * caller returns no data (docs/audit-design.md#fail-closed).
 */
export async function createFileAuditSink(
  options: FileAuditSinkOptions,
): Promise<AuditSink> {
  const { directory, service, log } = options;
  checkServiceName(service);
  const fileSystem = options.fileSystem ?? nodeAuditFileSystem;
  const path = join(directory, auditFileName(service));
  await mkdir(directory, { recursive: true, mode: 0o700 }).catch(
    (error: unknown) => {
      throw new AuditWriteError(path, `creating directory ${directory}`, error);
    },
  );
  const lock = await acquireFileLock(`${path}.lock`);
  let opened: { file: AppendOnlyFile; head: ChainHead };
  try {
    opened = await openChain(
      fileSystem,
      path,
      service,
      options.onTornTail ?? 'refuse',
      log,
    );
  } catch (error) {
    await lock.release();
    throw error;
  }
  log.info(
    { file: path, sequence: opened.head.sequence },
    'audit chain opened',
  );
  const chain = createFileChain({ fileSystem, path, service, log, ...opened });
  return createCommittingSink({
    service,
    log,
    maxBatch: options.maxBatch ?? 256,
    commit: chain.commit,
    describeClosed: () => new Error(`audit log ${path} is closed`),
    async close() {
      await chain.close();
      await lock.release();
    },
  });
}
