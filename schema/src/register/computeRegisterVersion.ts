import { createHash } from 'node:crypto';
import { type RegisterFile } from './types';

/**
 * SHA-256 over the files sorted by path, each written as its path and text with
 * their lengths, so that no two different sets of files encode the same way.
 */
export function computeRegisterVersion(files: readonly RegisterFile[]): string {
  const hash = createHash('sha256');
  const sorted = [...files].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  for (const file of sorted) {
    hash.update(
      `${file.path.length}:${file.path}\n${Buffer.byteLength(file.text)}:`,
    );
    hash.update(file.text);
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** The version of a what-if copy: derived from the original and the change. */
export function deriveRegisterVersion(version: string, change: string): string {
  return createHash('sha256').update(`${version}\n${change}`).digest('hex');
}
