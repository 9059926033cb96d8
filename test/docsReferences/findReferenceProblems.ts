import { posix } from 'node:path';
import { lineOf } from './lineOf';
import { findRetiredCitations } from './retiredCitations';
import { findSeedCitationProblems, type SeedDocument } from './seedCitations';

/** What the checks need to know of the repository, by repository-relative path. */
export interface ProjectFiles {
  exists(path: string): boolean;
  /** The heading anchors of a markdown file; undefined if it is not one. */
  anchorsOf(path: string): ReadonlySet<string> | undefined;
  seedDocuments: readonly SeedDocument[];
  /** Files allowed to name the retired citations (where they are explained). */
  explainsRetiredCitations: ReadonlySet<string>;
}

export interface ReferenceProblem {
  file: string;
  line: number;
  problem: string;
}

/**
 * Every reference in one file that a reader could not follow: a path to a
 * markdown file (`docs/policy-model.md#vocabulary`, `bench/README.md`) or a markdown
 * link that names no file or no heading, a citation of the retired design note
 * or digests, or a seed line that does not exist.
 */
export function findReferenceProblems(
  file: string,
  text: string,
  project: ProjectFiles,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report = (line: number, problem: string) =>
    problems.push({ file, line, problem });
  for (const reference of findMarkdownPaths(text)) {
    const problem = checkTarget(reference.path, reference.anchor, project);
    if (problem) report(reference.line, `${reference.written}: ${problem}`);
  }
  if (file.endsWith('.md')) {
    for (const link of findMarkdownLinks(text)) {
      const path =
        link.path === ''
          ? file
          : posix.normalize(posix.join(posix.dirname(file), link.path));
      const problem = checkTarget(path, link.anchor, project);
      if (problem) report(link.line, `link (${link.written}): ${problem}`);
    }
  }
  if (!project.explainsRetiredCitations.has(file)) {
    for (const citation of findRetiredCitations(text)) {
      report(
        citation.line,
        `"${citation.text}" cites ${citation.what}; cite docs/ instead (see docs/sources.md)`,
      );
    }
  }
  for (const citation of findSeedCitationProblems(
    text,
    project.seedDocuments,
  )) {
    report(citation.line, citation.problem);
  }
  return problems;
}

interface Target {
  line: number;
  written: string;
  path: string;
  anchor: string | undefined;
}

/** Repository paths of markdown files in prose or comments, with any `#anchor`. */
function findMarkdownPaths(text: string): Target[] {
  const pattern =
    /(?<![\w./-]|\]\()((?:[\w-]+\/)+[\w.-]*\w\.md)(?:#([\w-]+))?/g;
  return [...text.matchAll(pattern)].map((match) => ({
    line: lineOf(text, match.index),
    written: match[0],
    path: match[1] ?? '',
    anchor: match[2],
  }));
}

/** Relative links of markdown: `[text](../docs/x.md#anchor)`, `![alt](images/y.png)`. */
function findMarkdownLinks(text: string): Target[] {
  const targets: Target[] = [];
  for (const match of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const written = match[1] ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(written)) continue;
    const [path = '', anchor] = written.split('#');
    targets.push({ line: lineOf(text, match.index), written, path, anchor });
  }
  return targets;
}

function checkTarget(
  path: string,
  anchor: string | undefined,
  project: ProjectFiles,
): string | undefined {
  if (path.startsWith('../') || !project.exists(path)) return `no file ${path}`;
  if (anchor === undefined || anchor === '') return undefined;
  const anchors = project.anchorsOf(path);
  if (anchors === undefined)
    return `${path} is not markdown, so it has no #${anchor}`;
  return anchors.has(anchor) ? undefined : `${path} has no heading #${anchor}`;
}
