import { withAgreementStatus } from '../../register';
import { type Agency, type Purpose } from '../../vocabulary';
import { createPolicyEngine } from '../createPolicyEngine';
import { diffSigning } from '../diff';
import { listClosedOnSigning } from '../listClosedOnSigning';
import { type Decision } from '../types';
import {
  ENGINE,
  makeCaller,
  makeMarking,
  makePurpose,
  REGISTER,
} from './personas';

// Issue 16 points 1-3 and 6 on the shipped register: an agreement is not a
// legal basis; "held" is itself a disclosure; police information reaches the
// NCA and HMRC by statute; investigations never ride along with tax.

const SIGNED = createPolicyEngine(
  withAgreementStatus(REGISTER, 'MARSOC_ISA', 'SIGNED'),
);
const OPERATIONAL: readonly Purpose[] = [
  'COHORT_MANAGEMENT',
  'INTELLIGENCE_DEVELOPMENT',
  'OFFENDER_MANAGEMENT',
  'STAFF_SAFETY',
];

function decide(
  agency: Agency,
  owner: Agency,
  category: string,
  purpose: Purpose,
  engine = ENGINE,
): Decision {
  return engine.decide(
    makeCaller(agency),
    makePurpose(purpose),
    makeMarking(owner, category),
  );
}

describe('hmrc-existence-criminal-investigation: "held" rests on CRCA 2005 s.18(2)(d), for criminal investigation only', () => {
  it('tells a police analyst HMRC holds tax only for intelligence development', () => {
    expect(
      decide('POLICE', 'HMRC', 'TAX', 'INTELLIGENCE_DEVELOPMENT').level,
    ).toBe('EXISTENCE');
  });

  it.each([
    'COHORT_MANAGEMENT',
    'OFFENDER_MANAGEMENT',
    'STAFF_SAFETY',
  ] as const)(
    'withholds every HMRC category for %s with no held flag (s.18(1), s.19)',
    (purpose) => {
      for (const category of [
        'IDENTITY',
        'TAX',
        'ASSETS',
        'FINANCIAL_INTELLIGENCE',
        'TAX_INVESTIGATIONS',
      ]) {
        for (const agency of ['POLICE', 'HMPPS', 'NCA', 'MARSOC'] as const) {
          expect(decide(agency, 'HMRC', category, purpose).level).toBe(
            'WITHHELD',
          );
        }
      }
    },
  );

  it('never says an open investigation is held, for any purpose (tip-off risk)', () => {
    for (const purpose of OPERATIONAL) {
      expect(
        decide('POLICE', 'HMRC', 'TAX_INVESTIGATIONS', purpose).level,
      ).toBe('WITHHELD');
    }
  });
});

describe('nca-existence-statutory: "held" rests on Crime and Courts Act 2013 s.7(4), for a permitted purpose', () => {
  it('tells a police analyst the NCA holds a record for intelligence development and cohort management', () => {
    for (const purpose of [
      'INTELLIGENCE_DEVELOPMENT',
      'COHORT_MANAGEMENT',
    ] as const) {
      expect(decide('POLICE', 'NCA', 'NCA_INTEREST', purpose).level).toBe(
        'EXISTENCE',
      );
    }
  });

  it('withholds NCA categories for offender management and staff safety, uniformly', () => {
    for (const purpose of ['OFFENDER_MANAGEMENT', 'STAFF_SAFETY'] as const) {
      expect(decide('POLICE', 'NCA', 'NCA_INTEREST', purpose).level).toBe(
        'WITHHELD',
      );
    }
  });
});

describe('police-to-nca-statutory and police-to-hmrc-statutory: no agreement needed (seed 000 E565)', () => {
  it('releases police intelligence to the NCA under s.7(1) while the ISA is draft', () => {
    const decision = decide(
      'NCA',
      'POLICE',
      'INTELLIGENCE',
      'INTELLIGENCE_DEVELOPMENT',
    );
    expect(decision.level).toBe('FULL');
    expect(decision.rules).toEqual(['police-to-nca-statutory']);
  });

  it('releases police warning markers to HMRC under DPA 2018 Part 3 (not s.7(1), which is for the NCA)', () => {
    const decision = decide(
      'HMRC',
      'POLICE',
      'WARNING_MARKERS',
      'STAFF_SAFETY',
    );
    expect(decision.level).toBe('FULL');
    expect(decision.rules).toEqual(['police-to-hmrc-statutory']);
    const rule = REGISTER.rules.find(
      (each) => each.id === 'police-to-hmrc-statutory',
    );
    expect(rule?.legalBasis).toContain('DPA 2018 Part 3');
    expect(rule?.legalBasis).not.toContain('s.7(1)');
  });

  it('gives DWP no police record at all', () => {
    expect(
      decide('DWP', 'POLICE', 'IDENTITY', 'INTELLIGENCE_DEVELOPMENT').level,
    ).toBe('WITHHELD');
  });
});

describe('signing the MARSOC ISA opens only what a statutory gateway opens (issue 16 point 1)', () => {
  it('opens HMRC tax to the police for intelligence development only, under a named gateway', () => {
    expect(
      decide('POLICE', 'HMRC', 'TAX', 'INTELLIGENCE_DEVELOPMENT', SIGNED).level,
    ).toBe('FULL');
    for (const purpose of [
      'COHORT_MANAGEMENT',
      'OFFENDER_MANAGEMENT',
      'STAFF_SAFETY',
    ] as const) {
      expect(decide('POLICE', 'HMRC', 'TAX', purpose, SIGNED).level).toBe(
        'WITHHELD',
      );
    }
  });

  it('keeps open investigations closed when the ISA is signed (hmrc-to-partners-isa names no gateway for them)', () => {
    for (const purpose of OPERATIONAL) {
      expect(
        decide('POLICE', 'HMRC', 'TAX_INVESTIGATIONS', purpose, SIGNED).level,
      ).toBe('WITHHELD');
    }
  });

  it.each(['HMPPS', 'MARSOC', 'DWP'] as const)(
    'never releases suspicious activity reports to %s, signed or not (Home Office Circular 022/2015)',
    (agency) => {
      for (const owner of ['NCA', 'HMRC'] as const) {
        for (const purpose of OPERATIONAL) {
          for (const engine of [ENGINE, SIGNED]) {
            const decision = decide(
              agency,
              owner,
              'FINANCIAL_INTELLIGENCE',
              purpose,
              engine,
            );
            expect(decision.level).toBe('WITHHELD');
          }
        }
      }
    },
  );

  it('prints the gateway for every category it opens', () => {
    const changes = diffSigning(REGISTER, 'MARSOC_ISA');
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes)
      expect(change.gateway).toEqual(expect.any(String));
    expect(changes).toContainEqual(
      expect.objectContaining({
        owner: 'HMRC',
        category: 'TAX',
        recipient: 'POLICE',
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        gateway: expect.stringContaining('CRCA 2005 s.18(2)(d)'),
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        owner: 'NCA',
        category: 'NCA_INTEREST',
        recipient: 'POLICE',
        gateway: expect.stringContaining('Crime and Courts Act 2013 s.7(4)'),
      }),
    );
  });

  it('lists the closed remainder with why: investigations (no gateway), SARs to HMPPS (the Circular)', () => {
    const closed = listClosedOnSigning(REGISTER, 'MARSOC_ISA');
    expect(closed).toContainEqual(
      expect.objectContaining({
        owner: 'HMRC',
        category: 'TAX_INVESTIGATIONS',
        recipient: 'POLICE',
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        level: 'WITHHELD',
        why: expect.stringContaining('no statutory gateway'),
      }),
    );
    expect(closed).toContainEqual(
      expect.objectContaining({
        owner: 'NCA',
        category: 'FINANCIAL_INTELLIGENCE',
        recipient: 'HMPPS',
        why: expect.stringContaining('Home Office Circular 022/2015'),
      }),
    );
    expect(closed).toContainEqual(
      expect.objectContaining({
        owner: 'HMRC',
        category: 'TAX',
        recipient: 'POLICE',
        purpose: 'STAFF_SAFETY',
      }),
    );
    // Nothing listed as closed is in fact open.
    const opened = new Set(
      diffSigning(REGISTER, 'MARSOC_ISA').map((change) =>
        [change.owner, change.category, change.recipient, change.purpose].join(
          ' ',
        ),
      ),
    );
    for (const item of closed) {
      expect(
        opened.has(
          [item.owner, item.category, item.recipient, item.purpose].join(' '),
        ),
      ).toBe(false);
    }
  });
});
