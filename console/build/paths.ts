import { join } from 'node:path';

/** The console's own folder, whichever package imports this. */
export const CONSOLE_ROOT = join(__dirname, '..');

/** Where `buildConsole()` writes the bundle the gateway serves (gitignored). */
export const CONSOLE_OUTPUT_DIRECTORY = join(CONSOLE_ROOT, 'dist');

/** The page the gateway answers GET / with. */
export const CONSOLE_INDEX_FILE = 'index.html';
