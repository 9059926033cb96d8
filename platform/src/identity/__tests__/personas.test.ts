import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadPersonas } from '../personas';

const requiredPersonas = [
  'police-analyst',
  'prison-intel',
  'probation-officer',
  'nca-officer',
  'hmrc-investigator',
  'hmrc-disclosure-officer',
  'police-disclosure-officer',
  'hmpps-disclosure-officer',
  'marsoc-disclosure-officer',
  'dwp-officer',
  'regional-lead',
  'auditor',
  'low-clearance',
];

describe('loadPersonas', () => {
  const personas = loadPersonas();

  it('defines every persona docs/architecture.md names, and no others', () => {
    expect([...personas.keys()].sort()).toEqual([...requiredPersonas].sort());
  });

  it('gives every persona its own subject', () => {
    const subjects = [...personas.values()].map(
      (persona) => persona.caller.sub,
    );
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it.each([
    [
      'police-analyst',
      {
        agency: 'POLICE',
        unit: 'NWROCU',
        regions: ['NORTH_WEST'],
        roles: ['ANALYST'],
        vetting: 'NPPV3',
      },
    ],
    [
      'prison-intel',
      { agency: 'HMPPS', roles: ['INTELLIGENCE_OFFICER'], vetting: 'NPPV3' },
    ],
    [
      'probation-officer',
      { agency: 'HMPPS', roles: ['OFFENDER_MANAGER'], vetting: 'NPPV2' },
    ],
    [
      'nca-officer',
      { agency: 'NCA', roles: ['INTELLIGENCE_OFFICER'], vetting: 'DV' },
    ],
    [
      'hmrc-investigator',
      { agency: 'HMRC', roles: ['INTELLIGENCE_OFFICER'], vetting: 'SC' },
    ],
    [
      'hmrc-disclosure-officer',
      { agency: 'HMRC', roles: ['DISCLOSURE_OFFICER'], vetting: 'SC' },
    ],
    [
      'police-disclosure-officer',
      { agency: 'POLICE', roles: ['DISCLOSURE_OFFICER'], vetting: 'NPPV3' },
    ],
    [
      'hmpps-disclosure-officer',
      { agency: 'HMPPS', roles: ['DISCLOSURE_OFFICER'], vetting: 'NPPV3' },
    ],
    [
      'marsoc-disclosure-officer',
      { agency: 'MARSOC', roles: ['DISCLOSURE_OFFICER'], vetting: 'SC' },
    ],
    ['dwp-officer', { agency: 'DWP', vetting: 'NPPV2' }],
    [
      'regional-lead',
      {
        agency: 'MARSOC',
        regions: ['NORTH_WEST'],
        roles: ['REGIONAL_LEAD'],
        vetting: 'SC',
      },
    ],
    ['auditor', { roles: ['AUDITOR'], vetting: 'SC' }],
    ['low-clearance', { agency: 'POLICE', vetting: 'BPSS' }],
  ])(
    'gives %s the agency, roles and vetting the brief describes',
    (handle, expected) => {
      expect(personas.get(handle)?.caller).toMatchObject(expected);
    },
  );

  describe('with a file that is wrong', () => {
    let directory: string;
    beforeEach(async () => {
      directory = await fs.mkdtemp(path.join(os.tmpdir(), 'marsoc-personas-'));
    });
    afterEach(async () => {
      await fs.rm(directory, { recursive: true, force: true });
    });

    async function loadText(text: string) {
      const file = path.join(directory, 'personas.yaml');
      await fs.writeFile(file, text);
      return () => loadPersonas(file);
    }

    const valid = `
  sub: s
  name: Ada Madeup
  agency: POLICE
  unit: NWROCU
  regions: [NORTH_WEST]
  roles: [ANALYST]
  vetting: NPPV3`;

    it('refuses an unknown vetting level, naming the file, the persona and the claim', async () => {
      const load = await loadText(
        `personas:\n  bad:\n    description: d${valid.replace(/\n/g, '\n  ').replace('NPPV3', 'NPPV9')}`,
      );
      expect(load).toThrow(
        /personas\.yaml: persona "bad" claim "vetting" must be one of/,
      );
    });

    it('refuses a misspelt key rather than ignoring it', async () => {
      const load = await loadText(
        `personas:\n  bad:\n    description: d\n    role: [ANALYST]${valid.replace(/\n/g, '\n  ')}`,
      );
      expect(load).toThrow(/persona "bad" has unknown keys: role/);
    });

    it('refuses a persona without a description', async () => {
      const load = await loadText(
        `personas:\n  bad:${valid.replace(/\n/g, '\n  ')}`,
      );
      expect(load).toThrow(/persona "bad" needs a description/);
    });

    it('refuses a file without a personas mapping', async () => {
      const load = await loadText('people: []\n');
      expect(load).toThrow(/expected a top-level "personas" mapping/);
    });
  });
});
