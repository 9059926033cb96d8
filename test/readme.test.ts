import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPersonas } from '@marsoc/platform/identity';
import { SUBGRAPHS } from '@marsoc/schema';
import { findSettingsReadByCode } from './readme/findSettingsReadByCode';
import { readSettingsTable } from './readme/readSettingsTable';

// The README as a newcomer meets it (issue 17 point 7): every setting in the
// table, every persona named, no example that expires. The persona table is
// checked against the register by personaTable.test.ts.

const ROOT = resolve(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const CODE = [
  'schema/src',
  'schema/scripts',
  'platform/src',
  'gateway/src',
  'subgraphs',
  'console/src',
  'console/build',
  'console/scripts',
  'scripts',
];

describe('the README', () => {
  const readByCode = findSettingsReadByCode(
    ROOT,
    CODE,
    SUBGRAPHS.map(({ name }) => name),
  );
  const inTable = new Set(readSettingsTable(README, '## Configuration'));

  it('finds the settings it checks the table against', () => {
    expect(readByCode.get('DATA_DIR')).toBeDefined();
    expect(readByCode.get('APMIS_URL')).toBeDefined();
    expect(readByCode.get('AUDIT_PORT')).toBeDefined();
    expect(inTable.has('DATA_DIR')).toBe(true);
  });

  it('lists every environment variable the code reads in its configuration table', () => {
    const missing = [...readByCode]
      .filter(([name]) => !inTable.has(name))
      .map(([name, files]) => `${name} (read in ${files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('lists no variable the code does not read', () => {
    expect([...inTable].filter((name) => !readByCode.has(name))).toEqual([]);
  });

  it('names every development persona', () => {
    const section = README.slice(
      README.indexOf('## Personas (development issuer)'),
    );
    const named = section.slice(0, section.indexOf('\n## ', 1));
    for (const handle of loadPersonas().keys())
      expect(named).toContain(`\`${handle}\``);
  });

  it('writes no fixed date in an example, so that none expires', () => {
    const examples = [...README.matchAll(/^```[a-z]*\n([\s\S]*?)^```/gm)].map(
      (match) => match[1] ?? '',
    );
    expect(examples.length).toBeGreaterThan(5);
    const dated = examples.filter((example) =>
      /\b(19|20)\d\d-\d\d-\d\d\b/.test(example),
    );
    expect(dated).toEqual([]);
  });
});
