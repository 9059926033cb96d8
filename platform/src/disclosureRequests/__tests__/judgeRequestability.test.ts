import { findAppliedGrants } from '../createGrantUsePlugin';
import { judgeRequestability } from '../judgeRequestability';
import { decision } from './fixtures';

describe('judging whether a category may be asked for', () => {
  it.each([
    [
      'held, shown as held',
      [decision('EXISTENCE')],
      true,
      { kind: 'REQUESTABLE' },
    ],
    [
      'not held, shown as held',
      [decision('EXISTENCE')],
      false,
      { kind: 'NOTHING_TO_REQUEST' },
    ],
    [
      'NCND, held',
      [decision('NCND', 'FORBIDDEN_BY_RULE')],
      true,
      { kind: 'NOTHING_TO_REQUEST' },
    ],
    [
      'NCND beside a held field',
      [decision('EXISTENCE'), decision('NCND', 'FORBIDDEN_BY_RULE')],
      true,
      { kind: 'NOTHING_TO_REQUEST' },
    ],
    ['no field of it here', [], true, { kind: 'NOTHING_TO_REQUEST' }],
    [
      'withheld without a held flag, not held',
      [decision('WITHHELD', 'NO_AGREEMENT')],
      false,
      { kind: 'REQUESTABLE' },
    ],
    [
      'withheld for vetting',
      [decision('WITHHELD', 'VETTING_TOO_LOW', false)],
      true,
      { kind: 'NOT_LIFTABLE', reason: 'VETTING_TOO_LOW' },
    ],
    [
      'already released',
      [decision('FULL', 'PERMITTED')],
      true,
      { kind: 'NOT_LIFTABLE', reason: 'ALREADY_RELEASED' },
    ],
  ] as const)('%s', (_case, decisions, held, expected) => {
    expect(judgeRequestability(decisions, held)).toEqual(expected);
  });
});

describe('finding the grants a response used', () => {
  const entry = (released: string[], rules: string[]) => ({
    nominalId: 'NOM-00001',
    owner: 'HMRC' as const,
    category: 'TAX',
    released,
    summarised: [],
    held: [],
    withheld: [],
    reasons: [],
    rules,
    markings: [],
  });

  it('names a grant only where it released something, each once', () => {
    expect(
      findAppliedGrants([
        entry(['HmrcRecord.taxReference'], ['grant:DG-2', 'grant:DG-1']),
        entry(['HmrcRecord.selfAssessments'], ['grant:DG-1']),
        entry([], ['grant:DG-3', 'record:classification']),
        entry(['Nominal.hmrc'], ['hmrc-to-partners-isa']),
      ]),
    ).toEqual(['DG-1', 'DG-2']);
  });
});
