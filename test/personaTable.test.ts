import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  generatePersonaTable,
  PERSONAS_BEGIN,
  PERSONAS_END,
  replacePersonaSection,
} from '../scripts/policy/runPersonas';

// Issue 16, done-when: the persona table in the README is regenerated from the
// register by a command (npm run policy -- personas --write) and matches.

const PROJECT_ROOT = resolve(__dirname, '..');

describe('the README persona table (npm run policy -- personas)', () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const table = generatePersonaTable(PROJECT_ROOT);

  it('is exactly what the register and the supergraph give now', () => {
    expect(readme).toContain(PERSONAS_BEGIN);
    expect(readme).toContain(PERSONAS_END);
    expect(replacePersonaSection(readme, table)).toBe(readme);
  });

  it('says what the law says: DWP per record only, investigations never held, police to the NCA in full', () => {
    const rowOf = (persona: string) =>
      table.split('\n').find((line) => line.startsWith(`| \`${persona}\``)) ??
      '';
    const cells = (persona: string) =>
      rowOf(persona)
        .split('|')
        .map((cell) => cell.trim());
    // [, persona, released, held, per record, withheld, ]
    expect(cells('dwp-officer')[2]).toBe('-');
    // Per record: its own regions' cohort nominals and forums, where DWP sits
    // in as a silent attendee (seed 000 E496).
    expect(cells('dwp-officer')[4]).toBe(
      'APMIS COHORT, FORUM_MEETINGS, IDENTITY',
    );
    expect(cells('police-analyst')[3]).not.toContain('TAX_INVESTIGATIONS');
    expect(cells('police-analyst')[5]).toContain('HMRC TAX_INVESTIGATIONS');
    expect(cells('nca-officer')[2]).toMatch(/^police;/);
    expect(table).not.toContain('NCA_COVERT_INTEREST');
  });
});
