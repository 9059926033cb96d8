import { loadPersonas } from '@marsoc/platform/identity';

import { describeClearance } from '../effectiveClearance';

const personas = loadPersonas();

function clearanceOf(handle: string) {
  const persona = personas.get(handle);
  if (!persona) throw new Error(`no persona ${handle}`);
  return describeClearance(persona.caller);
}

describe('describeClearance', () => {
  it('tells the police analyst that NPPV3 reaches SECRET, with agency, roles and regions', () => {
    expect(clearanceOf('police-analyst')).toEqual({
      vetting: 'NPPV3',
      maxClassification: 'SECRET',
      agency: 'POLICE',
      roles: ['ANALYST'],
      regions: ['NORTH_WEST'],
    });
  });

  it.each([
    ['low-clearance', 'BPSS', 'OFFICIAL'],
    ['probation-officer', 'NPPV2', 'OFFICIAL_SENSITIVE'],
    ['hmrc-investigator', 'SC', 'SECRET'],
    ['nca-officer', 'DV', 'TOP_SECRET'],
  ])(
    'gives %s (%s) regular access up to %s, never the occasional level above',
    (handle, vetting, ceiling) => {
      expect(clearanceOf(handle)).toMatchObject({
        vetting,
        maxClassification: ceiling,
      });
    },
  );
});
