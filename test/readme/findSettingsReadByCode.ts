import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every environment variable the code reads, found in its text: `env.NAME`
 * and `env['NAME']` (process.env or a passed-in environment, never an
 * assignment), a reader called with the environment and a literal name
 * (`readPort(env, 'NAME', ...)`), a `portVariable: 'NAME'`, and a name built
 * per subgraph (`${name.toUpperCase()}_URL`), expanded over `subgraphs`.
 * Tests and test helpers are left out: their settings are not a user's.
 */
export function findSettingsReadByCode(
  root: string,
  folders: readonly string[],
  subgraphs: readonly string[],
): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const note = (name: string, file: string) =>
    found.set(name, [...new Set([...(found.get(name) ?? []), file])]);
  for (const file of folders.flatMap((folder) => listSources(root, folder))) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const pattern of LITERAL_READS)
      for (const match of text.matchAll(pattern)) note(match[1] ?? '', file);
    for (const match of text.matchAll(PER_SUBGRAPH_READ))
      for (const subgraph of subgraphs)
        note(`${subgraph.toUpperCase()}_${match[1] ?? ''}`, file);
  }
  return found;
}

const NAME = '([A-Z][A-Z0-9_]+)\\b';
const LITERAL_READS = [
  new RegExp(`\\benv\\??\\.${NAME}(?!\\s*=[^=])`, 'g'),
  new RegExp(`\\benv\\[['"]${NAME}['"]\\]`, 'g'),
  new RegExp(`\\(\\s*env\\s*,\\s*['"]${NAME}['"]`, 'g'),
  new RegExp(`portVariable:\\s*['"]${NAME}['"]`, 'g'),
];
const PER_SUBGRAPH_READ = /`\$\{[^}`]+\}_([A-Z][A-Z0-9_]+)`/g;

const SKIPPED_FOLDERS = new Set([
  'node_modules',
  '__tests__',
  'testing',
  'dist',
]);
const SOURCE = /\.(ts|tsx|js|mjs)$/;

function listSources(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap(
    (entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory())
        return SKIPPED_FOLDERS.has(entry.name) ? [] : listSources(root, path);
      const isSource =
        SOURCE.test(entry.name) &&
        !entry.name.includes('.test.') &&
        entry.name !== 'testing.ts';
      return isSource ? [path] : [];
    },
  );
}
