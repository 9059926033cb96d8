import {
  readSearchCriteria,
  validateSearch,
  writeSearchCriteria,
} from '../searchCriteria';

const TODAY = '2024-01-31';

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const { message, extensions } = error as {
      message: string;
      extensions: { code: string };
    };
    return `${extensions.code}: ${message}`;
  }
  return 'no problem';
}

describe('search criteria', () => {
  it('canonicalises a name, a date and an identifier, with the default limit', () => {
    const criteria = validateSearch(
      {
        name: "  Séan O'Mudlark-Smith ",
        dateOfBirth: '1987-03-05',
        identifier: ' m4729ak ',
      },
      TODAY,
    );
    expect(criteria).toEqual({
      name: 'sean omudlark smith',
      dateOfBirth: '1987-03-05',
      identifier: 'M4729AK',
      limit: 20,
    });
    expect(writeSearchCriteria(criteria)).toBe(
      '{"name":"sean omudlark smith","dateOfBirth":"1987-03-05","identifier":"M4729AK","limit":20}',
    );
  });

  it('reads a name written as the system prints it, surname first, as the same search', () => {
    const printed = validateSearch({ name: 'MUDLARK, Florian' }, TODAY);
    const written = validateSearch({ name: 'Florian Mudlark' }, TODAY);
    expect(printed).toEqual(written);
    expect(printed.name).toBe('florian mudlark');
    expect(
      problemOf(() => validateSearch({ name: 'Mudlark, Florian, Jr' }, TODAY)),
    ).toMatch(/^BAD_USER_INPUT: name .*"SURNAME, Forenames"/);
  });

  it('reads back exactly what it wrote, and nothing else', () => {
    const criteria = validateSearch({ identifier: 'NCA/60794' }, TODAY);
    expect(readSearchCriteria(writeSearchCriteria(criteria))).toEqual(criteria);
    expect(readSearchCriteria('{"name":1,"limit":20}')).toBeNull();
    expect(
      readSearchCriteria(
        '{"name":null,"dateOfBirth":null,"identifier":null,"limit":500}',
      ),
    ).toBeNull();
    expect(readSearchCriteria('[')).toBeNull();
  });

  it('takes any agency-shaped reference, so refusing one by its format says nothing', () => {
    for (const identifier of ['NCA/60794', '2517476551', 'ZZ/00000'])
      expect(validateSearch({ identifier }, TODAY).identifier).toBe(identifier);
  });

  it('refuses a search without criteria, or with a bad name, date, identifier or limit, naming every problem', () => {
    expect(problemOf(() => validateSearch({}, TODAY))).toMatch(
      /^BAD_USER_INPUT: .*at least one/,
    );
    expect(problemOf(() => validateSearch({ name: '  ' }, TODAY))).toMatch(
      /at least one/,
    );
    const all = problemOf(() =>
      validateSearch(
        {
          name: 'X',
          dateOfBirth: '2024-02-01',
          identifier: 'A;DROP TABLE',
          limit: 0,
        },
        TODAY,
      ),
    );
    expect(all).toMatch(/name.*dateOfBirth.*identifier.*limit/);
    expect(problemOf(() => validateSearch({ name: 'R2-D2' }, TODAY))).toMatch(
      /name/,
    );
    expect(
      problemOf(() => validateSearch({ dateOfBirth: '1987-02-30' }, TODAY)),
    ).toMatch(/dateOfBirth/);
    expect(
      problemOf(() => validateSearch({ name: 'a'.repeat(101) }, TODAY)),
    ).toMatch(/name/);
  });
});
