import { type PoliceSearchCandidate } from '../../repository/PoliceRepository';
import {
  scorePoliceCandidates,
  toPoliceSearchQuery,
} from '../scorePoliceCandidates';
import { type SearchCriteria } from '../searchCriteria';

const FLORIAN: PoliceSearchCandidate = {
  queryKey: 'k',
  nominalId: 'NOM-00001',
  pncId: '03/0104729C',
  croNumber: '104729/04J',
  dateOfBirth: '1987-03-05',
  names: [
    { kind: 'NAME', forename: 'florian', surname: 'mudlark' },
    { kind: 'ALIAS', forename: 'florian', surname: 'fernhollow' },
    { kind: 'ALIAS', forename: null, surname: 'badger' },
  ],
};
const NAMESAKE: PoliceSearchCandidate = {
  ...FLORIAN,
  nominalId: 'NOM-00096',
  pncId: '98/0000001A',
  croNumber: '000001/99A',
  dateOfBirth: '1990-01-01',
  names: [{ kind: 'NAME', forename: 'fergus', surname: 'mudlark' }],
};

function criteria(changes: Partial<SearchCriteria>): SearchCriteria {
  return {
    name: null,
    dateOfBirth: null,
    identifier: null,
    limit: 20,
    ...changes,
  };
}

describe('scoring police search candidates', () => {
  it('asks the store nothing when police can judge none of the criteria', () => {
    expect(toPoliceSearchQuery('k', criteria({ identifier: 'A1234BC' }))).toBe(
      null,
    );
    expect(
      toPoliceSearchQuery('k', criteria({ identifier: 'NCA/60794' })),
    ).toBeNull();
    expect(
      toPoliceSearchQuery('k', criteria({ identifier: '03/0104729C' })),
    ).toMatchObject({ pncId: '03/0104729C', croNumber: null });
  });

  it('requires every criterion police judge to match, and orders by score then id', () => {
    const byName = scorePoliceCandidates(criteria({ name: 'mudlark' }), [
      NAMESAKE,
      FLORIAN,
    ]);
    expect(byName.map((match) => match.nominalId)).toEqual([
      'NOM-00001',
      'NOM-00096',
    ]);
    const byNameAndBirth = scorePoliceCandidates(
      criteria({ name: 'mudlark', dateOfBirth: '1990-01-01' }),
      [NAMESAKE, FLORIAN],
    );
    expect(byNameAndBirth).toEqual([
      {
        nominalId: 'NOM-00096',
        score: 1,
        matchedOn: ['DATE_OF_BIRTH', 'NAME'],
      },
    ]);
  });

  it('counts an alias a little less than the nominal’s own name', () => {
    expect(
      scorePoliceCandidates(criteria({ name: 'florian fernhollow' }), [
        FLORIAN,
      ]),
    ).toEqual([{ nominalId: 'NOM-00001', score: 0.9, matchedOn: ['ALIAS'] }]);
    expect(
      scorePoliceCandidates(criteria({ name: 'badger' }), [FLORIAN]),
    ).toEqual([{ nominalId: 'NOM-00001', score: 0.9, matchedOn: ['ALIAS'] }]);
  });

  it('cuts the matches to the limit', () => {
    expect(
      scorePoliceCandidates(criteria({ name: 'mudlark', limit: 1 }), [
        NAMESAKE,
        FLORIAN,
      ]).map((match) => match.nominalId),
    ).toEqual(['NOM-00001']);
  });
});
