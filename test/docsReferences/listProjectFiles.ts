import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listMarkdownAnchors } from './markdownAnchors';
import { type ProjectFiles } from './findReferenceProblems';
import { readSeedDocuments } from './seedCitations';

/** Installed, built, generated-at-run-time or local-only: not the project's text. */
const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  'dist',
  'coverage',
  'test-output',
]);
const SCANNED =
  /\.(?:ts|tsx|js|mjs|cjs|yaml|yml|graphql|md|sh)$|(?:^|\/)Dockerfile$/;

/** Repository-relative paths (with `/`) of every source, schema, register and markdown file. */
export function listProjectFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      // Dot-directories are tooling and local data (.git, .data), never docs.
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name))
        continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (SCANNED.test(toProjectPath(root, path)))
        files.push(toProjectPath(root, path));
    }
  };
  visit(root);
  return files.sort();
}

export function createProjectFiles(root: string): ProjectFiles {
  const anchors = new Map<string, ReadonlySet<string>>();
  const sources = join(root, 'docs', 'sources.md');
  return {
    exists: (path) => existsSync(join(root, path)),
    anchorsOf(path) {
      if (!path.endsWith('.md')) return undefined;
      let known = anchors.get(path);
      if (!known) {
        known = listMarkdownAnchors(readFileSync(join(root, path), 'utf8'));
        anchors.set(path, known);
      }
      return known;
    },
    seedDocuments: existsSync(sources)
      ? readSeedDocuments(readFileSync(sources, 'utf8'))
      : [],
    // Where the retired citations are explained, and where the check names them.
    explainsRetiredCitations: new Set([
      'docs/sources.md',
      'test/docsReferences/retiredCitations.ts',
    ]),
  };
}

function toProjectPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
