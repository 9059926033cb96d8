import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** One workspace package as its package.json declares it. */
export interface WorkspacePackage {
  folder: string;
  name: string;
  main?: unknown;
  exports?: unknown;
}

/**
 * One public face: `specifier` is what other packages import, `target` the
 * source file it names (what development and the tests run), `compiled` the
 * file production runs under the `marsoc-dist` condition (in dist/), if any.
 */
export interface PublicFace {
  specifier: string;
  target: string;
  compiled?: string;
}

/** An exports map entry: a file, or conditions naming the compiled file and the source. */
type ExportTarget = string | { 'marsoc-dist': string; default: string };

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** Every workspace of the root package.json. */
export function listWorkspacePackages(): WorkspacePackage[] {
  const workspaces = readJson(join(ROOT, 'package.json')).workspaces;
  if (!Array.isArray(workspaces)) throw new Error('no workspaces list');
  return workspaces.map((folder: string) => {
    const json = readJson(join(ROOT, folder, 'package.json'));
    return {
      folder,
      name: String(json.name),
      main: json.main,
      exports: json.exports,
    };
  });
}

/** Every subpath of every exports map, with the file it points at (absolute). */
export function listPublicFaces(): PublicFace[] {
  // Not destructured as `exports`: compiled to CommonJS, that name would hide the module's own.
  return listWorkspacePackages().flatMap(({ folder, name, ...declared }) =>
    Object.entries(
      (declared.exports ?? {}) as Record<string, ExportTarget>,
    ).map(([subpath, target]) => ({
      specifier: subpath === '.' ? name : `${name}/${subpath.slice(2)}`,
      ...(typeof target === 'string'
        ? { target: join(ROOT, folder, target) }
        : {
            target: join(ROOT, folder, target.default),
            compiled: join(ROOT, folder, target['marsoc-dist']),
          }),
    })),
  );
}
