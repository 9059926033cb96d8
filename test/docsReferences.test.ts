import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findReferenceProblems,
  type ProjectFiles,
} from './docsReferences/findReferenceProblems';
import {
  createProjectFiles,
  listProjectFiles,
} from './docsReferences/listProjectFiles';

const ROOT = join(__dirname, '..');
/** This file plants bad references on purpose, to show the checks catch them. */
const THIS_FILE = 'test/docsReferences.test.ts';

describe('references to the design in the repository', () => {
  const project = createProjectFiles(ROOT);

  it('reads the five source documents, each with its own tag and length, from docs/sources.md', () => {
    const documents = project.seedDocuments;
    expect(documents.map((document) => document.number)).toEqual([
      '000',
      '001',
      '002',
      '003',
      '004',
    ]);
    expect(new Set(documents.map((document) => document.tag)).size).toBe(5);
    for (const document of documents) expect(document.lines).toBeGreaterThan(0);
  });

  it('resolve everywhere: every docs page and heading named, every markdown link, every seed line, and no citation of what the repository does not hold', () => {
    const files = listProjectFiles(ROOT).filter((file) => file !== THIS_FILE);
    expect(files).toEqual(
      expect.arrayContaining([
        'docs/sources.md',
        'README.md',
        'schema/register/marsoc.yaml',
        'subgraphs/apmis/schema.graphql',
        'platform/src/audit/index.ts',
      ]),
    );
    const problems = files.flatMap((file) =>
      findReferenceProblems(
        file,
        readFileSync(join(ROOT, file), 'utf8'),
        project,
      ),
    );
    expect(
      problems.map(({ file, line, problem }) => `${file}:${line} ${problem}`),
    ).toEqual([]);
  });
});

describe('the reference checks on planted text', () => {
  const fake: ProjectFiles = {
    exists: (path) =>
      [
        'docs/README.md',
        'docs/policy-model.md',
        'docs/sources.md',
        'docs/images/a.png',
        'bench/README.md',
      ].includes(path),
    anchorsOf: (path) =>
      path === 'docs/policy-model.md'
        ? new Set(['neither-confirm-nor-deny'])
        : path.endsWith('.md')
          ? new Set<string>()
          : undefined,
    seedDocuments: [
      { number: '000', tag: 'E', lines: 1272 },
      { number: '003', tag: 'A:', lines: 884 },
    ],
    explainsRetiredCitations: new Set(['docs/sources.md']),
  };
  const check = (file: string, text: string) =>
    findReferenceProblems(file, text, fake).map(
      ({ line, problem }) => `${line} ${problem}`,
    );

  it('accepts references that resolve', () => {
    const comment = [
      '// docs/policy-model.md#neither-confirm-nor-deny, bench/README.md.',
      '// seed 000 E565, E603-E635 and Table B1; seed 003 A:845; RFC 9110 §11.1',
    ].join('\n');
    expect(check('platform/src/x.ts', comment)).toEqual([]);
  });

  it('names a docs page or heading that does not exist, with its line', () => {
    const comment =
      '// ok\n// docs/policy-modle.md\n// docs/policy-model.md#ncnd';
    expect(check('platform/src/x.ts', comment)).toEqual([
      '2 docs/policy-modle.md: no file docs/policy-modle.md',
      '3 docs/policy-model.md#ncnd: docs/policy-model.md has no heading #ncnd',
    ]);
  });

  it('follows markdown links relative to their file, and leaves web links alone', () => {
    const markdown = [
      '[a](policy-model.md#neither-confirm-nor-deny) ![b](images/a.png)',
      '[c](https://example.org/x.md) [d](#)',
      '[e](missing.md) [f](policy-model.md#nope) [g](../../outside.md)',
    ].join('\n');
    expect(check('docs/README.md', markdown)).toEqual([
      '3 link (missing.md): no file docs/missing.md',
      '3 link (policy-model.md#nope): docs/policy-model.md has no heading #nope',
      '3 link (../../outside.md): no file ../outside.md',
    ]);
  });

  it('refuses citations of the design note and digests the repository does not hold, except where docs/sources.md explains them', () => {
    const comment = [
      '// rests on DESIGN.md §5',
      '// the lifecycle (seeds-marsoc.md §2.4; seed 000 §2.4)',
      '// NCND, standards §1.10; vetting (§1.2)',
    ].join('\n');
    const problems = check('subgraphs/x.ts', comment);
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      '1',
      '2',
      '2',
      '3',
      '3',
    ]);
    expect(problems[0]).toContain('"DESIGN.md" cites the old design note');
    expect(check('docs/sources.md', comment)).toEqual([]);
  });

  it("refuses a seed line past the end of its document, another document's tag, or an unknown document", () => {
    const comment = '// seed 000 E1273\n// seed 003 E12\n// seed 009 E1';
    expect(check('schema/register/x.yaml', comment)).toEqual([
      '1 E1273 is past the end of seed 000 (1272 lines)',
      '2 E12 carries the tag of seed 000, not seed 003',
      '3 seed 009 is not in docs/sources.md',
    ]);
  });
});
