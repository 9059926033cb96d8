// Package boundaries the compiler cannot see: a relative import that climbs out
// of its own folder into a workspace package bypasses that package's exports
// map, the only face a package shows (bare `@marsoc/x/src/...` specifiers are
// refused by the exports maps and by no-restricted-imports).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = import.meta.dirname;

/** Every workspace folder, longest first, so `subgraphs/police` wins over `subgraphs`. */
const PACKAGES = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'))
  .workspaces.map((folder) => ({
    folder,
    name: JSON.parse(
      readFileSync(resolve(ROOT, folder, 'package.json'), 'utf8'),
    ).name,
  }))
  .sort((a, b) => b.folder.length - a.folder.length);

/** The workspace `file` belongs to, or undefined for the root (scripts/, configs). */
function findPackage(file) {
  const path = relative(ROOT, file).split(sep).join('/');
  return PACKAGES.find(
    ({ folder }) => path === folder || path.startsWith(`${folder}/`),
  );
}

const noRelativeImportAcrossPackages = {
  meta: {
    type: 'problem',
    docs: {
      description:
        "forbid relative imports that reach into another package's files",
    },
    schema: [],
    messages: {
      crossing:
        "'{{specifier}}' reaches into {{target}} by a relative path; import {{target}} by its name and a subpath of its exports map.",
    },
  },
  create(context) {
    const file = context.filename;
    const own = findPackage(file);
    const check = (source) => {
      if (typeof source?.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = findPackage(resolve(dirname(file), source.value));
      // The root is no package (scripts/ are its command-line tools, tested from test/).
      if (!target || target === own) return;
      context.report({
        node: source,
        messageId: 'crossing',
        data: { specifier: source.value, target: target.name },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export const boundaries = {
  rules: {
    'no-relative-import-across-packages': noRelativeImportAcrossPackages,
  },
};
