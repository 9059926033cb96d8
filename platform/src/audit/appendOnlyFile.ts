import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The little the file sink needs from the file system, behind an interface so
 * a test can observe that a promise settles only after `sync`.
 */
export interface AppendOnlyFile {
  /** Writes all of `data` at the end of the file. */
  append(data: Uint8Array): Promise<void>;
  /** Makes every byte appended so far durable (fdatasync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface AuditFileSystem {
  /** Opens (creating, mode 0600) a file whose writes always go to its end. */
  openAppendOnly(path: string): Promise<AppendOnlyFile>;
}

export const nodeAuditFileSystem: AuditFileSystem = {
  async openAppendOnly(path) {
    const created = await createIfMissing(path);
    const handle = await open(
      path,
      constants.O_WRONLY | constants.O_APPEND,
      0o600,
    );
    try {
      if (created) await syncDirectory(dirname(path));
    } catch (error) {
      // Nobody else holds the handle: left open, it would be closed by the
      // garbage collector, with a warning, at some later moment.
      await handle.close();
      throw error;
    }
    return {
      async append(data) {
        let written = 0;
        while (written < data.length) {
          const result = await handle.write(
            data,
            written,
            data.length - written,
          );
          written += result.bytesWritten;
        }
      },
      sync: () => handle.datasync(),
      close: () => handle.close(),
    };
  },
};

/** True when this call created the file. */
async function createIfMissing(path: string): Promise<boolean> {
  try {
    const handle = await open(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
      0o600,
    );
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** A new file's directory entry must be durable too, or a crash can lose the file. */
export async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
