import { loadRegister } from '../loadRegister';
import { parseRegister } from '../parseRegister';
import { RegisterError } from '../RegisterError';
import { gatewayOf } from '../types';
import { HMRC_YAML, makeFiles } from './fixtures';

// Issue 16 point 1: an agreement records how the parties share; it creates no
// statutory gateway. A rule resting on one names the gateway per category
// (CRCA 2005 s.18(2), s.20, ATCSA 2001 s.19; Crime and Courts Act 2013 s.7;
// DPA 2018 Part 3), and a category no gateway opens stays closed.

const ISA_RULE = `
  - id: hmrc-to-police-isa
    effect: permit
    recipients: [{ agency: POLICE }]
    purposes: [INTELLIGENCE_DEVELOPMENT]
    minVetting: NPPV2
    agreement: MARSOC_ISA
    level: FULL
    source: seed 000 E603
`;

function refusalOf(hmrcRules: string): RegisterError {
  try {
    parseRegister(makeFiles({ 'hmrc.yaml': HMRC_YAML + hmrcRules }));
  } catch (error) {
    if (error instanceof RegisterError) return error;
    throw error;
  }
  throw new Error('the register was accepted');
}

describe('statutory gateways in the register (issue 16 point 1)', () => {
  it('refuses at load a rule resting on an agreement with no statutory gateway', () => {
    const error = refusalOf(`${ISA_RULE}    categories: [TAX]\n`);
    expect(error.message).toContain('hmrc.yaml:');
    expect(error.message).toContain(
      'rests on agreement MARSOC_ISA but names no statutory gateway',
    );
  });

  it('takes the categories of a rule from its gateways, one citation each', () => {
    const register = parseRegister(
      makeFiles({
        'hmrc.yaml': `${HMRC_YAML}${ISA_RULE}    gateways:\n      TAX: CRCA 2005 s.18(2)(d)\n`,
      }),
    );
    const rule = register.rules.find(
      (each) => each.id === 'hmrc-to-police-isa',
    );
    expect(rule?.categories).toEqual(['TAX']);
    expect(rule && gatewayOf(rule, 'TAX')).toBe('CRCA 2005 s.18(2)(d)');
  });

  it.each([
    [
      'both categories and gateways',
      `${ISA_RULE}    categories: [TAX]\n    gateways:\n      TAX: CRCA 2005 s.18(2)(d)\n`,
      'names both categories and gateways',
    ],
    [
      'both a legalBasis and gateways',
      `${ISA_RULE}    legalBasis: CRCA 2005 s.20\n    gateways:\n      TAX: CRCA 2005 s.18(2)(d)\n`,
      'names both a legalBasis and per-category gateways',
    ],
    [
      'a gateway for a category the owner does not hold',
      `${ISA_RULE}    gateways:\n      IDENTITY: DPA 2018 Part 3\n`,
      'category IDENTITY is not owned by HMRC',
    ],
    [
      'an empty citation',
      `${ISA_RULE}    gateways:\n      TAX: ''\n`,
      'must be a non-empty string',
    ],
    [
      'gateways on a forbid',
      `
  - id: hmrc-forbid
    effect: forbid
    recipients: [{ agency: POLICE }]
    purposes: '*'
    gateways:
      TAX: CRCA 2005 s.18(1)
    level: WITHHELD
    source: CRCA 2005 s.18(1)
`,
      'gateways apply to permits only',
    ],
  ])('refuses %s', (_name, rules, problem) => {
    expect(refusalOf(rules).message).toContain(problem);
  });

  it('finds a gateway for every category of every shipped permit that rests on an agreement', () => {
    const register = loadRegister();
    const onAgreements = register.rules.filter((rule) => rule.agreement);
    expect(onAgreements.length).toBeGreaterThan(0);
    for (const rule of onAgreements) {
      for (const category of rule.categories) {
        expect([rule.id, category, gatewayOf(rule, category)]).toEqual([
          rule.id,
          category,
          expect.stringMatching(/\S/),
        ]);
      }
    }
  });

  it('opens no HMRC or NCA category under the ISA without a statute named for it', () => {
    const register = loadRegister();
    const isaRules = register.rules.filter(
      (rule) =>
        rule.agreement === 'MARSOC_ISA' &&
        (rule.owner === 'HMRC' || rule.owner === 'NCA'),
    );
    expect(isaRules.map((rule) => rule.id).sort()).toEqual([
      'hmrc-to-partners-isa',
      'nca-to-partners-isa',
    ]);
    for (const rule of isaRules) {
      expect(rule.gateways).toBeDefined();
      expect(rule.categories).not.toContain('TAX_INVESTIGATIONS');
      expect(rule.categories).not.toContain('NCA_COVERT_INTEREST');
      for (const category of rule.categories) {
        expect(gatewayOf(rule, category)).toMatch(
          /CRCA 2005 s\.18\(2\)\(d\)|ATCSA 2001 s\.19|Crime and Courts Act 2013 s\.7\(4\)/,
        );
      }
    }
  });
});
