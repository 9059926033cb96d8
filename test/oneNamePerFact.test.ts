import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode } from '@marsoc/schema/wire';
import { listProjectFiles } from './docsReferences/listProjectFiles';

// Each fact the services share (a header's name, the caller context, a wire
// shape, an error code) has one declaration that every other file imports.
// These checks read the sources, so a second copy fails here, not in review.

const ROOT = join(__dirname, '..');
const THIS_FILE = 'test/oneNamePerFact.test.ts';

const HOMES: readonly [name: string, home: string][] = [
  ['CallerContext', 'schema/src/caller.ts'],
  ['CALLER_CONTEXT_HEADER', 'schema/src/wire/headers.ts'],
  ['PURPOSE_HEADER', 'schema/src/wire/headers.ts'],
  ['JUSTIFICATION_HEADER', 'schema/src/wire/headers.ts'],
  ['REQUEST_ID_HEADER', 'schema/src/wire/headers.ts'],
  ['DisclosureEntry', 'schema/src/wire/disclosureReport.ts'],
  ['SubgraphDisclosureReport', 'schema/src/wire/disclosureReport.ts'],
  ['AgencyDisclosure', 'schema/src/wire/disclosureReport.ts'],
  ['NominalDisclosure', 'schema/src/wire/disclosureReport.ts'],
  ['DisclosureReport', 'schema/src/wire/disclosureReport.ts'],
  ['ConsoleSignIn', 'schema/src/wire/consoleConfig.ts'],
  ['ConsoleConfig', 'schema/src/wire/consoleConfig.ts'],
  ['FieldMarking', 'schema/src/policy/types.ts'],
  ['ErrorCode', 'schema/src/wire/errorCode.ts'],
  ['UNGRANTABLE_PURPOSES', 'schema/src/vocabulary/purpose.ts'],
];

/** A declaration statement; `import { type X }` and `export { type X }` are not. */
function declares(name: string, text: string): boolean {
  return new RegExp(
    `^\\s*(?:export\\s+)?(?:declare\\s+)?(?:interface|type|enum|class|const|let|var|function)\\s+${name}(?=\\s*(?:[=<{(:]|extends\\b))`,
    'm',
  ).test(text);
}

/** A header name as a whole string, in either case ('x-purpose', "X-Purpose"). */
function spellsHeader(text: string): boolean {
  return /(['"])x-(?:caller-context|purpose|justification|request-id)\1/i.test(
    text,
  );
}

/** Interfaces that declare a caller, a purpose and a request id of their own. */
function findCallerTriples(text: string): string[] {
  return [...text.matchAll(/\binterface\s+(\w+)[^{]*\{([^}]*)\}/g)]
    .filter(([, , body = '']) =>
      [/\bcaller\??:/, /\bpurpose\??:/, /\brequestId\??:/].every((member) =>
        member.test(body),
      ),
    )
    .map(([, name = '']) => name);
}

/** `code: 'FORBIDDEN'`, `code !== 'WITHHELD'`, `readText(code) ?? 'NOT_FOUND'`. */
function spellsErrorCode(text: string): boolean {
  const codes = Object.values(ErrorCode).join('|');
  return new RegExp(`\\bcode\\b[^;\\n]{0,40}(['"])(?:${codes})\\1`).test(text);
}

/** Production code: what a service runs, not its tests or test helpers. */
function isProduction(file: string): boolean {
  return (
    !file.startsWith('test/') &&
    !file.includes('/__tests__/') &&
    !file.includes('/testing/')
  );
}

describe('one name per fact', () => {
  const sources = listProjectFiles(ROOT)
    .filter((file) => /\.tsx?$/.test(file) && file !== THIS_FILE)
    .map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
  const production = sources.filter(({ file }) => isProduction(file));

  it.each(HOMES)('declares %s once, in %s', (name, home) => {
    expect(
      sources
        .filter(({ text }) => declares(name, text))
        .map(({ file }) => file),
    ).toEqual([home]);
  });

  it('spells a header this system defines only where it is declared', () => {
    expect(
      sources.filter(({ text }) => spellsHeader(text)).map(({ file }) => file),
    ).toEqual(['schema/src/wire/headers.ts']);
  });

  it('declares the caller, purpose and request id together only as CallerContext', () => {
    expect(
      production.flatMap(({ file, text }) =>
        findCallerTriples(text).map((name) => `${file} ${name}`),
      ),
    ).toEqual(['schema/src/caller.ts CallerContext']);
  });

  it('names error codes by ErrorCode in production code, never by a string', () => {
    expect(
      production
        .filter(({ text }) => spellsErrorCode(text))
        .map(({ file }) => file),
    ).toEqual([]);
  });
});

describe('the checks, on planted copies', () => {
  const planted = [
    "export const CALLER_CONTEXT_HEADER = 'x-caller-context';",
    'interface Copy { caller: Caller; purpose?: RequestPurpose; requestId: string }',
    "throw new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } });",
  ].join('\n');

  it('find a second constant, a spelled header, a copied triple and a literal code', () => {
    expect(declares('CALLER_CONTEXT_HEADER', planted)).toBe(true);
    expect(spellsHeader(planted)).toBe(true);
    expect(findCallerTriples(planted)).toEqual(['Copy']);
    expect(spellsErrorCode(planted)).toBe(true);
  });

  it('leave the imports and uses of the one declaration alone', () => {
    const uses = [
      "import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';",
      'interface GatewayContext extends CallerContext { disclosures: string[] }',
      'if (error.extensions.code === ErrorCode.FORBIDDEN) return;',
      "level: 'WITHHELD',",
    ].join('\n');
    expect(declares('CALLER_CONTEXT_HEADER', uses)).toBe(false);
    expect(spellsHeader(uses)).toBe(false);
    expect(findCallerTriples(uses)).toEqual([]);
    expect(spellsErrorCode(uses)).toBe(false);
  });
});
