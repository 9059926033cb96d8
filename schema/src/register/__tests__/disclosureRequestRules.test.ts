import { listLegalBases } from '../DisclosureRequestRules';
import { loadRegister } from '../loadRegister';
import { parseRegister } from '../parseRegister';
import { RegisterError } from '../RegisterError';
import { makeFiles, replaceOnLine } from './fixtures';

/** A valid disclosureRequests.yaml for the fixture register's three owners. */
const REQUESTS_YAML = `deadlines:
  - urgency: ROUTINE
    days: 28
    source: seed 000 E743
  - urgency: URGENT
    days: 2
    source: seed 000 E518
  - urgency: IMMEDIATE_RISK
    days: 1
    source: seed 000 E535
legalBases:
  - id: police-dpa-2018-s35
    owner: POLICE
    statute: DPA 2018
    provision: s.35(2)(b)
    description: Law enforcement processing.
    purposes: '*'
    source: DPA 2018 s.35(2)(b)
  - id: hmpps-oma-2007-s14
    owner: HMPPS
    statute: Offender Management Act 2007
    provision: s.14
    description: Offender management.
    purposes: [OFFENDER_MANAGEMENT]
    source: Offender Management Act 2007 s.14
  - id: hmrc-crca-s18-2-d
    owner: HMRC
    statute: CRCA 2005
    provision: s.18(2)(d)
    description: Criminal investigation.
    purposes: [INTELLIGENCE_DEVELOPMENT]
    source: CRCA 2005 s.18(2)(d)
`;

function refusalOf(text: string): RegisterError {
  try {
    parseRegister(makeFiles({ 'disclosureRequests.yaml': text }));
  } catch (error) {
    if (error instanceof RegisterError) return error;
    throw error;
  }
  throw new Error('the register was accepted');
}

describe('the register of disclosure requests (disclosureRequests.yaml)', () => {
  it('reads deadlines by urgency and each owner its closed list of legal bases', () => {
    const { disclosureRequests } = parseRegister(
      makeFiles({ 'disclosureRequests.yaml': REQUESTS_YAML }),
    );
    expect(disclosureRequests.deadlines.get('URGENT')?.days).toBe(2);
    expect(
      listLegalBases(disclosureRequests, 'HMRC').map((basis) => basis.id),
    ).toEqual(['hmrc-crca-s18-2-d']);
    expect(
      disclosureRequests.legalBases.get('police-dpa-2018-s35')?.purposes,
    ).toEqual([
      'COHORT_MANAGEMENT',
      'INTELLIGENCE_DEVELOPMENT',
      'OFFENDER_MANAGEMENT',
      'STAFF_SAFETY',
    ]);
  });

  it('lets nothing be asked for in a register without the file', () => {
    const { disclosureRequests } = parseRegister(makeFiles());
    expect(disclosureRequests.deadlines.size).toBe(0);
    expect(disclosureRequests.legalBases.size).toBe(0);
  });

  it.each([
    [
      'an urgency listed twice',
      replaceOnLine(REQUESTS_YAML, 8, 'IMMEDIATE_RISK', 'URGENT'),
      'disclosureRequests.yaml:8: deadlines lists URGENT twice',
    ],
    [
      'an urgency without a deadline',
      REQUESTS_YAML.split('\n')
        .filter((_line, index) => index < 7 || index > 9)
        .join('\n'),
      'disclosureRequests.yaml:1: deadlines has none for IMMEDIATE_RISK',
    ],
    [
      'a deadline that is not a whole number of days',
      replaceOnLine(REQUESTS_YAML, 3, '28', '2.5'),
      'disclosureRequests.yaml:3: days must be a whole number from 1 to 365',
    ],
    [
      'a legal basis of an agency with no register file',
      replaceOnLine(REQUESTS_YAML, 13, 'POLICE', 'NCA'),
      'disclosureRequests.yaml:13: NCA has no register file',
    ],
    [
      'an owner with no legal basis',
      replaceOnLine(REQUESTS_YAML, 20, 'HMPPS', 'POLICE'),
      'disclosureRequests.yaml:1: legalBases lists no legal basis for HMPPS',
    ],
    [
      'a purpose that never sees a record',
      replaceOnLine(REQUESTS_YAML, 24, 'OFFENDER_MANAGEMENT', 'AUDIT'),
      'disclosureRequests.yaml:24: purposes may not list AUDIT',
    ],
    [
      'a repeated id',
      replaceOnLine(
        REQUESTS_YAML,
        19,
        'hmpps-oma-2007-s14',
        'police-dpa-2018-s35',
      ),
      'disclosureRequests.yaml:19: duplicate legal basis id police-dpa-2018-s35',
    ],
  ])('refuses %s, naming the file and line', (_case, text, problem) => {
    expect(refusalOf(text).message).toContain(problem);
  });

  it('gives HMRC each CRCA 2005 s.18(2) paragraph, s.20 and ATCSA 2001 s.19, and the NCA s.7(4) with its Sch 7 consent rule', () => {
    const { disclosureRequests } = loadRegister();
    const cited = (owner: 'HMRC' | 'NCA') =>
      listLegalBases(disclosureRequests, owner).map(
        (basis) => `${basis.statute} ${basis.provision}`,
      );
    expect(cited('HMRC')).toEqual([
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
        (paragraph) => `CRCA 2005 s.18(2)(${paragraph})`,
      ),
      'CRCA 2005 s.20',
      'ATCSA 2001 s.19',
    ]);
    expect(cited('NCA')).toEqual([
      'Crime and Courts Act 2013 s.7(4)',
      'Crime and Courts Act 2013 s.7(4) with Sch 7 para 2 consent',
    ]);
    expect(
      ['POLICE', 'HMPPS', 'MARSOC'].map(
        (owner) =>
          listLegalBases(disclosureRequests, owner as 'POLICE').length > 0,
      ),
    ).toEqual([true, true, true]);
  });
});
