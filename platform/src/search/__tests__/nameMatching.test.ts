import {
  compareForename,
  compareSurname,
  computeSoundex,
  measureEditDistance,
  readNameKeys,
  readNameTokens,
  scoreName,
} from '../nameMatching';

describe('tolerant name matching', () => {
  it('reduces a name to lower-case letters, whatever its case, accents or punctuation', () => {
    expect(readNameTokens("  JOSÉ  O'Brien-Smith, Jr. ")).toEqual([
      'jose',
      'obrien',
      'smith',
      'jr',
    ]);
    expect(readNameTokens('1234 !!')).toEqual([]);
  });

  it('reads the first word as the forename and the rest as one surname key', () => {
    expect(readNameKeys('Tobias Ivybridge-Smythe')).toEqual({
      forename: 'tobias',
      surname: 'ivybridgesmythe',
    });
    expect(readNameKeys('Mudlark')).toEqual({
      forename: null,
      surname: 'mudlark',
    });
    expect(readNameKeys('--')).toBeNull();
  });

  it('codes names by American Soundex, h and w not separating a repeated code', () => {
    expect(computeSoundex('robert')).toBe('R163');
    expect(computeSoundex('rupert')).toBe('R163');
    expect(computeSoundex('rubin')).toBe('R150');
    expect(computeSoundex('ashcraft')).toBe('A261');
    expect(computeSoundex('tymczak')).toBe('T522');
    expect(computeSoundex('pfister')).toBe('P236');
    expect(computeSoundex('lee')).toBe('L000');
  });

  it('measures edit distance, giving up past the bound', () => {
    expect(measureEditDistance('mudlark', 'mudlark', 2)).toBe(0);
    expect(measureEditDistance('mudlark', 'mudlrak', 2)).toBe(2);
    expect(measureEditDistance('mudlark', 'mudl', 2)).toBe(3);
    expect(measureEditDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('matches a surname exactly, by sound or within two edits, and refuses a stranger', () => {
    expect(compareSurname('mudlark', 'mudlark')).toBe('EXACT');
    expect(compareSurname('mudlarck', 'mudlark')).toBe('SIMILAR');
    expect(compareSurname('smyth', 'smith')).toBe('SIMILAR');
    expect(compareSurname('hazelmere', 'larkspur')).toBeNull();
    // Three letters allow no edit: "lee" is not "kay".
    expect(compareSurname('lee', 'kay')).toBeNull();
  });

  it('matches a forename exactly or by its initial', () => {
    expect(compareForename('florian', 'florian')).toBe('EXACT');
    expect(compareForename('f', 'florian')).toBe('INITIAL');
    expect(compareForename('gideon', 'florian')).toBeNull();
  });

  it('scores an exact name 1, a tolerant one less, and a nickname against the whole name asked', () => {
    const held = { forename: 'florian', surname: 'mudlark' };
    expect(scoreName({ forename: 'florian', surname: 'mudlark' }, held)).toBe(
      1,
    );
    expect(scoreName({ forename: null, surname: 'mudlark' }, held)).toBe(1);
    expect(scoreName({ forename: 'florian', surname: 'mudlarck' }, held)).toBe(
      0.7,
    );
    expect(scoreName({ forename: 'f', surname: 'mudlark' }, held)).toBe(0.8);
    expect(scoreName({ forename: 'gideon', surname: 'mudlark' }, held)).toBe(0);
    const nickname = { forename: null, surname: 'badger' };
    expect(scoreName({ forename: null, surname: 'badger' }, nickname)).toBe(1);
    expect(scoreName({ forename: 'big', surname: 'badger' }, nickname)).toBe(0);
  });
});
