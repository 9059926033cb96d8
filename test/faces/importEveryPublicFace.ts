/**
 * Imports every public face of every package by its specifier, as another
 * package would, and returns. A face that starts a server (or a timer, or a
 * connection) keeps this process alive; one that exits fails it.
 */
import { listPublicFaces } from './listPublicFaces';

for (const { specifier } of listPublicFaces()) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded as a CommonJS package loads another
  require(specifier);
  process.stdout.write(`${specifier}\n`);
}
