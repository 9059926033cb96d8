import { type Logger } from 'pino';
import { type AppendOnlyFile, type AuditFileSystem } from './appendOnlyFile';
import { headOf, sealEncodedRecords } from './chain';
import { loadChainHead, type TornTailPolicy } from './chainHeadFile';
import {
  type AuditRecord,
  type AuditRecordInput,
  type ChainHead,
} from './types';

export class AuditWriteError extends Error {
  constructor(file: string, step: string, cause: unknown) {
    super(`audit log ${file}: ${step} failed (${describeCause(cause)})`, {
      cause,
    });
    this.name = 'AuditWriteError';
  }
}

export async function openChain(
  fileSystem: AuditFileSystem,
  path: string,
  chainId: string,
  onTornTail: TornTailPolicy,
  log: Logger,
): Promise<{ file: AppendOnlyFile; head: ChainHead }> {
  const file = await fileSystem.openAppendOnly(path).catch((error: unknown) => {
    throw new AuditWriteError(path, 'opening', error);
  });
  try {
    return { file, head: await loadChainHead(path, chainId, onTornTail, log) };
  } catch (error) {
    await file.close();
    throw error;
  }
}

export interface FileChainState {
  fileSystem: AuditFileSystem;
  path: string;
  service: string;
  log: Logger;
  file: AppendOnlyFile;
  head: ChainHead;
}

/**
 * The serialised writer behind the group committer. After a failed write the
 * in-memory head can no longer be trusted, so the next commit reopens the file
 * and re-reads its tail; after a failed fsync the kernel may have dropped the
 * dirty pages while reporting them clean, so the chain is closed for good.
 */
export function createFileChain(state: FileChainState) {
  let mustReread = false;
  let broken: Error | undefined;

  async function reread(): Promise<void> {
    // The handle that failed is abandoned; its close error adds nothing.
    await state.file.close().catch(() => undefined);
    const reopened = await openChain(
      state.fileSystem,
      state.path,
      state.service,
      'refuse',
      state.log,
    );
    state.file = reopened.file;
    state.head = reopened.head;
    mustReread = false;
    state.log.warn(
      { file: state.path, sequence: state.head.sequence },
      'audit chain resumed after a failed write',
    );
  }

  async function commit(
    inputs: readonly AuditRecordInput[],
  ): Promise<AuditRecord[]> {
    if (broken !== undefined) throw broken;
    if (mustReread) await reread();
    const sealed = sealEncodedRecords(inputs, state.service, state.head);
    const records = sealed.map(({ record }) => record);
    const bytes = Buffer.from(
      sealed.map(({ encoded }) => `${encoded}\n`).join(''),
    );
    try {
      await state.file.append(bytes);
    } catch (error) {
      mustReread = true;
      throw logFailure(state, new AuditWriteError(state.path, 'write', error));
    }
    try {
      await state.file.sync();
    } catch (error) {
      broken = new AuditWriteError(state.path, 'fsync', error);
      throw logFailure(state, broken);
    }
    state.head = headOf(records[records.length - 1] as AuditRecord);
    return records;
  }

  async function close(): Promise<void> {
    // Everything acknowledged is already fsynced; a failing close loses nothing.
    await state.file.close().catch((error: unknown) => {
      state.log.warn(
        { file: state.path, err: error },
        'closing the audit log failed',
      );
    });
  }

  return { commit, close };
}

function logFailure(state: FileChainState, error: Error): Error {
  state.log.error(
    { file: state.path, err: error },
    'audit append failed; no data may be returned',
  );
  return error;
}

function describeCause(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return code;
  return cause instanceof Error ? cause.message : 'unknown error';
}
