import { parseRegister } from '../parseRegister';
import { RegisterError } from '../RegisterError';
import {
  AGREEMENTS_YAML,
  CATEGORIES_YAML,
  HMRC_YAML,
  makeFiles,
  POLICE_YAML,
  replaceOnLine,
} from './fixtures';

function refusalOf(replacements: Record<string, string>): RegisterError {
  try {
    parseRegister(makeFiles(replacements));
  } catch (error) {
    if (error instanceof RegisterError) return error;
    throw error;
  }
  throw new Error('the register was accepted');
}

describe('parseRegister', () => {
  it('accepts the fixture register and expands wildcards', () => {
    const register = parseRegister(makeFiles());
    const ownAgency = register.rules.find(
      (rule) => rule.id === 'hmpps-own-agency',
    );
    expect(ownAgency?.categories).toEqual(['IDENTITY']);
    expect(ownAgency?.purposes).toHaveLength(6);
    expect(register.owners.get('HMRC')?.forbiddenLevels).toEqual(['SUMMARY']);
    expect(register.agreements.get('MARSOC_ISA')?.status).toBe('DRAFT');
  });

  const police = (line: number, from: string, to: string) => ({
    'police.yaml': replaceOnLine(POLICE_YAML, line, from, to),
  });

  it.each([
    [
      'an unknown agency',
      police(16, 'agency: HMPPS', 'agency: MI5'),
      'police.yaml:16',
      'unknown Agency "MI5"',
    ],
    [
      'an unknown category',
      police(15, '[IDENTITY]', '[HOROSCOPE]'),
      'police.yaml:15',
      'unknown category HOROSCOPE',
    ],
    [
      'an unknown level',
      police(11, 'FULL', 'EVERYTHING'),
      'police.yaml:11',
      'unknown DisclosureLevel "EVERYTHING"',
    ],
    [
      'an unknown purpose',
      police(17, 'INTELLIGENCE_DEVELOPMENT', 'CURIOSITY'),
      'police.yaml:17',
      'unknown Purpose "CURIOSITY"',
    ],
    [
      'an unknown vetting',
      police(18, 'NPPV2', 'NPPV9'),
      'police.yaml:18',
      'unknown Vetting "NPPV9"',
    ],
    [
      'an unknown role',
      police(16, '[ANALYST]', '[WIZARD]'),
      'police.yaml:16',
      'unknown Role "WIZARD"',
    ],
    [
      'an unknown region',
      police(16, '[LONDON]', '[ATLANTIS]'),
      'police.yaml:16',
      'unknown Region "ATLANTIS"',
    ],
    [
      'an unknown agreement',
      police(19, 'POLICE_HMPPS_MOU', 'HANDSHAKE'),
      'police.yaml:19',
      'unknown agreement HANDSHAKE',
    ],
    [
      'a misspelt key',
      police(16, 'recipients', 'recipient'),
      'police.yaml:16',
      'unknown key "recipient"',
    ],
    [
      'a category another agency owns',
      police(15, '[IDENTITY]', '[TAX]'),
      'police.yaml:15',
      'category TAX is not owned by POLICE',
    ],
    [
      'a recipient outside the agreement',
      police(16, 'agency: HMPPS', 'agency: HMRC'),
      'police.yaml:19',
      'HMRC is not a party to POLICE_HMPPS_MOU',
    ],
  ])('refuses %s, naming file and line', (_, replacements, where, problem) => {
    const error = refusalOf(replacements);
    expect(error.message).toContain(where);
    expect(error.message).toContain(problem);
  });

  it('refuses an unknown reason code on a forbid', () => {
    const error = refusalOf({
      'hmrc.yaml': replaceOnLine(HMRC_YAML, 21, 'AGGREGATES_ONLY', 'BECAUSE'),
    });
    expect(error.message).toContain('hmrc.yaml:21');
    expect(error.message).toContain('unknown ReasonCode "BECAUSE"');
  });

  it('refuses malformed YAML, naming the line', () => {
    const error = refusalOf({
      'police.yaml': replaceOnLine(
        POLICE_YAML,
        7,
        '[{ agency: POLICE }]',
        '[{ agency: POLICE }',
      ),
    });
    expect(error.file).toBe('police.yaml');
    expect(error.line).toBeGreaterThanOrEqual(7);
    expect(error.message).toContain('malformed YAML');
  });

  it('refuses a rule id used twice across files', () => {
    const error = refusalOf({
      'hmrc.yaml': replaceOnLine(
        HMRC_YAML,
        5,
        'hmrc-existence',
        'police-own-agency',
      ),
    });
    expect(error.message).toContain('police.yaml:4');
    expect(error.message).toContain(
      'duplicate rule id police-own-agency (first defined at hmrc.yaml:5)',
    );
  });

  it('refuses a rule owned by another agency than its file', () => {
    const text = POLICE_YAML.replace(
      '  - id: police-to-hmpps-mou\n',
      '  - id: police-to-hmpps-mou\n    owner: HMRC\n',
    );
    const error = refusalOf({ 'police.yaml': text });
    expect(error.message).toContain('police.yaml:14');
    expect(error.message).toContain(
      'rule police-to-hmpps-mou is owned by HMRC but sits in the file of POLICE',
    );
  });

  it('refuses an HMRC permit at SUMMARY (CRCA 2005 s.19)', () => {
    const error = refusalOf({
      'hmrc.yaml': replaceOnLine(HMRC_YAML, 12, 'EXISTENCE', 'SUMMARY'),
    });
    expect(error.message).toContain('hmrc.yaml:12');
    expect(error.message).toContain('HMRC never releases at SUMMARY');
  });

  it('refuses two permits that grant different levels for the same coordinate', () => {
    const contradiction = `  - id: police-identity-summary
    effect: permit
    categories: [IDENTITY]
    recipients: [{ agency: POLICE }]
    purposes: [INTELLIGENCE_DEVELOPMENT]
    minVetting: SC
    legalBasis: DPA 2018 s.35
    level: SUMMARY
    source: DPA 2018 s.35
`;
    const error = refusalOf({ 'police.yaml': POLICE_YAML + contradiction });
    expect(error.message).toContain('police.yaml:23'); // one line lower: the fixture's MoU permit now names its gateway
    expect(error.message).toContain(
      'rule police-identity-summary grants SUMMARY but rule police-own-agency (police.yaml:4) grants FULL',
    );
  });

  it('refuses a rule with neither agreement nor legal basis', () => {
    const text = replaceOnLine(
      POLICE_YAML,
      10,
      '    legalBasis: DPA 2018 s.35',
      '',
    );
    const error = refusalOf({ 'police.yaml': text });
    expect(error.message).toContain('police.yaml:4');
    expect(error.message).toContain('needs a legalBasis');
  });

  it('refuses an agreement with an unknown status', () => {
    const error = refusalOf({
      'agreements.yaml': replaceOnLine(AGREEMENTS_YAML, 10, 'DRAFT', 'PENDING'),
    });
    expect(error.message).toContain('agreements.yaml:10');
    expect(error.message).toContain('unknown AgreementStatus "PENDING"');
  });

  it('refuses a category owned by an agency with no register file', () => {
    const error = refusalOf({
      'categories.yaml': replaceOnLine(
        CATEGORIES_YAML,
        3,
        '[POLICE, HMPPS]',
        '[POLICE, NCA]',
      ),
    });
    expect(error.message).toContain('categories.yaml:2');
    expect(error.message).toContain(
      'names owner NCA, which has no register file',
    );
  });

  it('refuses a register without agreements.yaml', () => {
    const files = makeFiles().filter((file) => file.path !== 'agreements.yaml');
    expect(() => parseRegister(files)).toThrow(
      'agreements.yaml:1: the register has no agreements.yaml',
    );
  });

  it('refuses a forbid that names a minimum vetting', () => {
    const text = replaceOnLine(
      HMRC_YAML,
      19,
      '    legalBasis: DPA 2018 s.37',
      '    minVetting: SC',
    );
    const error = refusalOf({ 'hmrc.yaml': text });
    expect(error.message).toContain('hmrc.yaml:19');
    expect(error.message).toContain('minVetting applies to permits only');
  });
});
