import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** One built file, held in memory, served at `/<name>`. */
export interface ConsoleAsset {
  body: Buffer;
  contentType: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Reads the built console once, at start. Serving from this fixed map (and
 * never joining a request's path onto the disk) means no request can reach a
 * file outside the bundle. Undefined when the console has not been built.
 */
export function loadConsoleAssets(
  directory: string,
  indexFile: string,
): ReadonlyMap<string, ConsoleAsset> | undefined {
  if (!existsSync(join(directory, indexFile))) return undefined;
  const assets = new Map<string, ConsoleAsset>();
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const contentType = CONTENT_TYPES[extname(entry.name)];
    if (!entry.isFile() || !contentType) continue;
    assets.set(`/${entry.name}`, {
      body: readFileSync(join(directory, entry.name)),
      contentType,
    });
  }
  const index = assets.get(`/${indexFile}`);
  if (index) assets.set('/', index);
  return assets;
}
