import { mergeSearchCandidates } from '../mergeSearchCandidates';

const match = (nominalId: string, score: number, ...matchedOn: string[]) => ({
  nominalId,
  score,
  matchedOn,
});

describe('merging search matches into candidates', () => {
  it('merges by nominal: best score, every agency and criterion that matched', () => {
    expect(
      mergeSearchCandidates(
        [
          { agency: 'POLICE', matches: [match('NOM-00001', 0.9, 'ALIAS')] },
          {
            agency: 'HMPPS',
            matches: [match('NOM-00001', 1, 'PRISON_NUMBER')],
          },
          { agency: 'MARSOC', matches: [] },
        ],
        20,
      ),
    ).toEqual([
      {
        nominalId: 'NOM-00001',
        score: 1,
        matchedAgencies: ['HMPPS', 'POLICE'],
        matchedOn: ['ALIAS', 'PRISON_NUMBER'],
      },
    ]);
  });

  it('orders by score, then id, and cuts to the limit', () => {
    const merged = mergeSearchCandidates(
      [
        {
          agency: 'POLICE',
          matches: [
            match('NOM-00009', 0.7, 'NAME'),
            match('NOM-00005', 1, 'NAME'),
            match('NOM-00002', 0.7, 'NAME'),
          ],
        },
      ],
      2,
    );
    expect(merged.map((candidate) => candidate.nominalId)).toEqual([
      'NOM-00005',
      'NOM-00002',
    ]);
  });

  it('answers the same whether an owner’s list was withheld (null), hidden (NCND, []) or absent', () => {
    const master = {
      agency: 'MARSOC' as const,
      matches: [match('NOM-00003', 1)],
    };
    const withheld = mergeSearchCandidates(
      [{ agency: 'POLICE', matches: null }, master],
      20,
    );
    const hidden = mergeSearchCandidates(
      [{ agency: 'POLICE', matches: [] }, master],
      20,
    );
    const absent = mergeSearchCandidates([master], 20);
    expect(withheld).toEqual(absent);
    expect(hidden).toEqual(absent);
  });

  it('lets a match whose fields were withheld, or anything malformed, add nothing', () => {
    expect(
      mergeSearchCandidates(
        [
          {
            agency: 'POLICE',
            matches: [
              { nominalId: null, score: 1, matchedOn: ['NAME'] },
              { nominalId: 'NOM-00004', score: null, matchedOn: null },
              { nominalId: 'NOM-00005', score: 7 },
              'NOM-00006',
              null,
            ],
          },
        ],
        20,
      ),
    ).toEqual([]);
  });
});
