import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder of the package.json above `directory`: the same from the source and from dist/. */
function findPackageRoot(directory: string): string {
  if (existsSync(join(directory, 'package.json'))) return directory;
  const parent = dirname(directory);
  if (parent === directory)
    throw new Error(`no package.json above ${__dirname}`);
  return findPackageRoot(parent);
}

/** The console's own folder, whichever package imports this, from its source or compiled. */
export const CONSOLE_ROOT = findPackageRoot(__dirname);

/**
 * Where `buildConsole()` writes the bundle the gateway serves (gitignored):
 * inside dist/, beside the compiled build code, never over it.
 */
export const CONSOLE_OUTPUT_DIRECTORY = join(CONSOLE_ROOT, 'dist', 'public');

/** The page the gateway answers GET / with. */
export const CONSOLE_INDEX_FILE = 'index.html';
