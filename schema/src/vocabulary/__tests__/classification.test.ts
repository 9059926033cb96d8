import {
  CAVEAT_HANDLING,
  Classification,
  clearanceOf,
  describeMarkings,
  findClearanceShortfall,
  isCleared,
  isWithinClassification,
  readClassification,
  VETTING_CLEARANCES,
  VETTING_GRANTS,
  Vetting,
} from '..';

// GSCP has three tiers; OFFICIAL-SENSITIVE is OFFICIAL with the SENSITIVE
// handling caveat (docs/classification.md). Police vetting asks NPPV2 for
// police material up to OFFICIAL-SENSITIVE; BPSS supports OFFICIAL.
describe('classification: three tiers and the SENSITIVE caveat', () => {
  it('reads OFFICIAL_SENSITIVE as the OFFICIAL tier with the SENSITIVE caveat, never as a tier', () => {
    expect(readClassification('OFFICIAL_SENSITIVE')).toEqual({
      tier: 'OFFICIAL',
      caveats: ['SENSITIVE'],
    });
    expect(readClassification('OFFICIAL')).toEqual({
      tier: 'OFFICIAL',
      caveats: [],
    });
    expect(readClassification('SECRET').tier).toBe('SECRET');
  });

  it('lets BPSS see plain OFFICIAL but not the SENSITIVE caveat, which it lacks as vetting not tier', () => {
    const bpss = VETTING_CLEARANCES.BPSS;
    expect(isCleared('OFFICIAL', bpss)).toBe(true);
    expect(findClearanceShortfall('OFFICIAL_SENSITIVE', bpss)).toBe('CAVEAT');
    expect(findClearanceShortfall('SECRET', bpss)).toBe('TIER');
  });

  it('gives NPPV2 the caveat but not SECRET, and NPPV3 and above both', () => {
    expect(isCleared('OFFICIAL_SENSITIVE', VETTING_CLEARANCES.NPPV2)).toBe(
      true,
    );
    expect(findClearanceShortfall('SECRET', VETTING_CLEARANCES.NPPV2)).toBe(
      'TIER',
    );
    for (const vetting of ['NPPV3', 'SC', 'DV'] as const) {
      expect(isCleared('OFFICIAL_SENSITIVE', VETTING_CLEARANCES[vetting])).toBe(
        true,
      );
      expect(isCleared('SECRET', VETTING_CLEARANCES[vetting])).toBe(true);
    }
    expect(isCleared('TOP_SECRET', VETTING_CLEARANCES.SC)).toBe(false);
    expect(isCleared('TOP_SECRET', VETTING_CLEARANCES.DV)).toBe(true);
  });

  it('writes each level’s ceiling (what `me` says) so that it clears exactly what the level clears', () => {
    for (const vetting of Vetting.values) {
      for (const held of Classification.values) {
        expect(isWithinClassification(held, VETTING_GRANTS[vetting])).toBe(
          isCleared(held, VETTING_CLEARANCES[vetting]),
        );
      }
      expect(clearanceOf(VETTING_GRANTS[vetting])).toEqual(
        VETTING_CLEARANCES[vetting],
      );
    }
  });
});

describe('describeMarkings: the banner and handling text of released information', () => {
  it('marks plain OFFICIAL information OFFICIAL with no handling caveat', () => {
    expect(describeMarkings(['OFFICIAL', 'OFFICIAL'])).toEqual({
      banner: 'OFFICIAL',
      classification: 'OFFICIAL',
      tier: 'OFFICIAL',
      caveats: [],
      handling: [],
    });
    expect(describeMarkings([]).banner).toBe('OFFICIAL');
  });

  it('marks a mix with any SENSITIVE item OFFICIAL-SENSITIVE and carries its need-to-know instruction', () => {
    const description = describeMarkings(['OFFICIAL', 'OFFICIAL_SENSITIVE']);
    expect(description).toMatchObject({
      banner: 'OFFICIAL-SENSITIVE',
      classification: 'OFFICIAL_SENSITIVE',
      caveats: ['SENSITIVE'],
      handling: [
        { caveat: 'SENSITIVE', instruction: CAVEAT_HANDLING.SENSITIVE },
      ],
    });
    expect(CAVEAT_HANDLING.SENSITIVE).toMatch(/need to know/i);
  });

  it('bannered SECRET keeps the SENSITIVE instruction of the OFFICIAL-SENSITIVE items inside it', () => {
    const description = describeMarkings([
      'SECRET',
      'OFFICIAL_SENSITIVE',
      'OFFICIAL',
    ]);
    expect(description.banner).toBe('SECRET');
    expect(description.classification).toBe('SECRET');
    expect(description.handling.map((item) => item.caveat)).toEqual([
      'SENSITIVE',
    ]);
    expect(describeMarkings(['TOP_SECRET']).banner).toBe('TOP SECRET');
  });

  it('refuses a classification it does not know rather than under-mark', () => {
    expect(() => describeMarkings(['RESTRICTED' as Classification])).toThrow(
      /Classification must be one of/,
    );
  });
});
