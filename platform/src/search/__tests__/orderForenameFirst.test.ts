import { orderForenameFirst } from '../orderForenameFirst';
import { readNameKeys } from '../nameMatching';

describe('a name written surname first, as the master list prints it', () => {
  it('is turned round so that search reads the forename first', () => {
    expect(orderForenameFirst('MUDLARK, Florian')).toBe('Florian MUDLARK');
    expect(readNameKeys(orderForenameFirst('MUDLARK, Florian'))).toEqual({
      forename: 'florian',
      surname: 'mudlark',
    });
  });

  it('keeps every forename and a double-barrelled surname, whatever the spacing', () => {
    expect(orderForenameFirst('  Ivybridge-Smythe ,Tobias  James ')).toBe(
      'Tobias  James Ivybridge-Smythe',
    );
  });

  it('leaves a name with no comma, more than one, or nothing on one side as written', () => {
    for (const name of [
      'Florian Mudlark',
      'Mudlark, Florian, Jr',
      'Mudlark,',
      ', Florian',
      ',',
    ])
      expect(orderForenameFirst(name)).toBe(name);
  });
});
