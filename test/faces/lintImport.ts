/**
 * Lints import lines as if written in the given files, under the repository's
 * own lint configuration for those files, and prints which import rules
 * refused each. Only the import rules run: they need no type information.
 * Usage: a JSON array of { file, specifier } (file relative to the root).
 */
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';
import { ROOT } from './listPublicFaces';

const IMPORT_RULES = [
  'no-restricted-imports',
  'marsoc/no-relative-import-across-packages',
];

interface LintCase {
  file: string;
  specifier: string;
}

async function lintImports(cases: readonly LintCase[]): Promise<string[][]> {
  const eslint = new ESLint({ cwd: ROOT });
  const linter = new Linter({ configType: 'flat' });
  const results: string[][] = [];
  for (const { file, specifier } of cases) {
    const path = join(ROOT, file);
    const config = (await eslint.calculateConfigForFile(path)) as Linter.Config;
    const rules = Object.fromEntries(
      IMPORT_RULES.map((rule) => [rule, config.rules?.[rule] ?? 'off']),
    );
    const messages = linter.verify(
      `import { x } from '${specifier}';\nexport { x };\n`,
      [
        {
          files: ['**/*.ts'],
          plugins: config.plugins,
          languageOptions: { parser: config.languageOptions?.parser },
          rules,
        },
      ],
      { filename: path },
    );
    results.push(messages.map((message) => message.ruleId ?? message.message));
  }
  return results;
}

lintImports(JSON.parse(process.argv[2] ?? '[]') as LintCase[]).then(
  (results) => process.stdout.write(JSON.stringify(results)),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
