import { type Agency, type Caller } from '@marsoc/schema';
import { createPolicyEngine } from '@marsoc/schema/policy';
import {
  DEFAULT_REGISTER_DIRECTORY,
  parseRegister,
  readRegisterFiles,
} from '@marsoc/schema/register';
import { createAuditView } from '../auditView/createAuditView';
import { AUDIT_PURPOSE } from './fixtures';

function auditorOf(agency: Agency): Caller {
  return {
    sub: `test-auditor-${agency}`,
    name: `Test Auditor of ${agency}`,
    agency,
    unit: 'Assurance',
    regions: ['NORTH_WEST'],
    roles: ['AUDITOR'],
    vetting: 'SC',
  };
}

function viewOver(edit: (file: string, text: string) => string = (_, t) => t) {
  const register = parseRegister(
    readRegisterFiles(DEFAULT_REGISTER_DIRECTORY).map((file) => ({
      ...file,
      text: edit(file.path, file.text),
    })),
  );
  return createAuditView(register, createPolicyEngine(register));
}

const OWNERS: Agency[] = ['POLICE', 'HMPPS', 'NCA', 'HMRC', 'MARSOC'];

/** Which owners' entries of `category` the auditor reads, under the real register. */
function readableOwners(
  view: ReturnType<typeof viewOver>,
  auditor: Caller,
  category = 'IDENTITY',
) {
  const isVisible = view.forAuditor(auditor, AUDIT_PURPOSE);
  return OWNERS.filter((owner) => isVisible(owner, category));
}

describe('the auditors view as the register expresses it', () => {
  const view = viewOver();

  it.each([
    ['MARSOC', ['POLICE', 'HMPPS', 'MARSOC']],
    ['POLICE', ['POLICE', 'HMPPS', 'MARSOC']],
    ['HMPPS', ['POLICE', 'HMPPS', 'MARSOC']],
    ['NCA', ['NCA', 'MARSOC']],
    ['HMRC', ['HMRC', 'MARSOC']],
    ['DWP', ['MARSOC']],
  ] as const)(
    'lets a %s auditor read the entries of %j (own agency, and owners whose AUDIT_LOG permits it)',
    (agency, owners) => {
      expect(readableOwners(view, auditorOf(agency))).toEqual(owners);
    },
  );

  it('never shows another agency an NCND category, and shows the owner its own', () => {
    for (const agency of ['MARSOC', 'POLICE', 'HMPPS', 'HMRC', 'DWP'] as const)
      expect(
        view.forAuditor(auditorOf(agency), AUDIT_PURPOSE)(
          'NCA',
          'NCA_COVERT_INTEREST',
        ),
      ).toBe(false);
    expect(
      view.forAuditor(auditorOf('NCA'), AUDIT_PURPOSE)(
        'NCA',
        'NCA_COVERT_INTEREST',
      ),
    ).toBe(true);
  });

  it('shows nothing of other owners without purpose AUDIT, nor to a non-auditor', () => {
    expect(readableOwners(view, auditorOf('MARSOC')).length).toBeGreaterThan(1);
    const isVisible = view.forAuditor(auditorOf('MARSOC'), {
      purpose: 'INTELLIGENCE_DEVELOPMENT',
      justification: 'Not an audit',
    });
    expect(isVisible('POLICE', 'IDENTITY')).toBe(false);
    expect(
      view.forAuditor(auditorOf('MARSOC'), undefined)('POLICE', 'IDENTITY'),
    ).toBe(false);
    const analyst: Caller = { ...auditorOf('MARSOC'), roles: ['ANALYST'] };
    expect(view.forAuditor(analyst, AUDIT_PURPOSE)('POLICE', 'IDENTITY')).toBe(
      false,
    );
  });

  it('hides entries of an owner without a register file or of an unknown category', () => {
    const isVisible = view.forAuditor(auditorOf('MARSOC'), AUDIT_PURPOSE);
    expect(isVisible('DWP', 'IDENTITY')).toBe(false);
    expect(isVisible('POLICE', 'NO_SUCH_CATEGORY')).toBe(false);
  });

  it('follows a register edit, not code: an NCA permit opens NCA entries but never the NCND one', () => {
    const opened = viewOver((file, text) =>
      file === 'nca.yaml'
        ? text
            .replace(
              / {2}- id: nca-audit-log-owner-only[\s\S]*?source: [^\n]*\n/,
              '',
            )
            .replace(
              'rules:\n',
              `rules:
  - id: test-nca-audit-log-to-marsoc-auditors
    effect: permit
    categories: [AUDIT_LOG]
    recipients: [{ agency: MARSOC, roles: [AUDITOR] }]
    purposes: [AUDIT]
    minVetting: NPPV3
    legalBasis: a test of the register
    level: FULL
    source: test
`,
            )
        : text,
    );
    const isVisible = opened.forAuditor(auditorOf('MARSOC'), AUDIT_PURPOSE);
    expect(isVisible('NCA', 'NCA_INTEREST')).toBe(true);
    expect(isVisible('NCA', 'NCA_COVERT_INTEREST')).toBe(false);
    expect(
      view.forAuditor(auditorOf('MARSOC'), AUDIT_PURPOSE)(
        'NCA',
        'NCA_INTEREST',
      ),
    ).toBe(false);
  });
});
