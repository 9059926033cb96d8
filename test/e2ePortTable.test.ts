import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Every port a test listens on can be moved, and test/e2e/README.md says by
// which variable: two runs on one machine (or a run beside npm start) need
// different ports. Read from the tests' own code, so a new test's variable
// cannot be left out of the table.
const TEST_ROOT = __dirname;

function listTestSources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory())
      return name === 'node_modules' ? [] : listTestSources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** A base port read through readBasePort, or straight from the environment. */
const PORT_READS = [
  /readBasePort\(\s*'([A-Z0-9_]+)'/g,
  /process\.env\.([A-Z0-9_]*_PORT)\b/g,
];

describe('the end-to-end README lists every port variable the tests read', () => {
  const table = readFileSync(join(TEST_ROOT, 'e2e', 'README.md'), 'utf8');
  const variables = [
    ...new Set(
      listTestSources(TEST_ROOT).flatMap((file) =>
        PORT_READS.flatMap((read) =>
          [...readFileSync(file, 'utf8').matchAll(read)].map(
            (match) => match[1] ?? '',
          ),
        ),
      ),
    ),
  ].sort();

  it('finds the variables (the scan itself works)', () => {
    expect(variables).toEqual(
      expect.arrayContaining([
        'IDENTITY_E2E_BASE_PORT',
        'CONSOLE_E2E_BASE_PORT',
        'REPLICAS_E2E_BASE_PORT',
        'STORES_POSTGRES_TEST_PORT',
      ]),
    );
  });

  it.each(variables)('lists %s in its table', (variable) => {
    expect(table).toMatch(
      new RegExp(`^\\| \`${variable}\` +\\| \\d+ +\\|`, 'm'),
    );
  });
});
