import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';

/**
 * Writes `contents` to `file` (mode 0600) unless the file exists. Creation is
 * atomic: a private temporary file is hard-linked into place, which fails if
 * another process got there first, so every process ends up reading the same
 * key whichever of several starting together wrote it.
 */
export async function createOwnerOnlyFileOnce(
  file: string,
  contents: string,
): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(8).toString('hex')}`;
  const handle = await fs.open(temporary, 'wx', 0o600);
  try {
    // The umask cannot widen a mode, but be explicit rather than trust it.
    await handle.chmod(0o600);
    await handle.writeFile(contents);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.link(temporary, file);
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
  } finally {
    await fs.unlink(temporary);
  }
}

export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** Refuses a key file other users could read. */
export async function assertOwnerOnly(file: string): Promise<void> {
  if (process.platform === 'win32') return;
  const { mode } = await fs.stat(file);
  if ((mode & 0o077) !== 0) {
    throw new Error(
      `${file} is readable by other users (mode ${(mode & 0o777).toString(8)}); ` +
        `restrict it with: chmod 600 ${file}`,
    );
  }
}

// Checked structurally: errors from Node's fs need not share this realm's Error.
function isAlreadyExists(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === 'EEXIST'
  );
}
