import { withAgreementStatus } from '../../register';
import {
  type Agency,
  type DisclosureLevel,
  type Purpose,
  rankDisclosure,
  type ReasonCode,
} from '../../vocabulary';
import { createPolicyEngine } from '../createPolicyEngine';
import { type FieldMarking } from '../types';
import {
  ENGINE,
  listAllMarkings,
  makeCaller,
  makeMarking,
  makePurpose,
  REGISTER,
} from './personas';

interface Case {
  name: string;
  caller: ReturnType<typeof makeCaller>;
  purpose?: Purpose;
  marking: FieldMarking;
  level: DisclosureLevel;
  reason: ReasonCode;
  grantable?: boolean;
}

const policeAnalyst = makeCaller('POLICE');
const prisonIntel = makeCaller('HMPPS', { roles: ['INTELLIGENCE_OFFICER'] });
const ncaOfficer = makeCaller('NCA', { roles: ['INTELLIGENCE_OFFICER'] });
const hmrcInvestigator = makeCaller('HMRC', {
  roles: ['INTELLIGENCE_OFFICER'],
});
const dwpOfficer = makeCaller('DWP', {
  roles: ['OFFENDER_MANAGER'],
  vetting: 'NPPV2',
});
const regionalLead = makeCaller('MARSOC', {
  roles: ['REGIONAL_LEAD'],
  vetting: 'SC',
});

const cases: Case[] = [
  {
    name: 'police analyst sees HMRC tax only as existence while the ISA is draft (E603, M219; CRCA 2005 s.18)',
    caller: policeAnalyst,
    marking: makeMarking('HMRC', 'TAX', 'OFFICIAL_SENSITIVE'),
    level: 'EXISTENCE',
    reason: 'AGREEMENT_NOT_SIGNED',
    grantable: true,
  },
  {
    name: 'police analyst sees an NCA interest only as existence while the ISA is draft (E565, E603)',
    caller: policeAnalyst,
    marking: makeMarking('NCA', 'NCA_INTEREST'),
    level: 'EXISTENCE',
    reason: 'AGREEMENT_NOT_SIGNED',
    grantable: true,
  },
  {
    name: 'police analyst sees HMPPS custody in full under the MoU (M51, M219)',
    caller: policeAnalyst,
    marking: makeMarking('HMPPS', 'CUSTODY', 'OFFICIAL_SENSITIVE'),
    level: 'FULL',
    reason: 'PERMITTED',
  },
  {
    name: 'prison intelligence officer sees police intelligence in full under the MoU (M51, M219)',
    caller: prisonIntel,
    marking: makeMarking('POLICE', 'INTELLIGENCE', 'OFFICIAL_SENSITIVE'),
    level: 'FULL',
    reason: 'PERMITTED',
  },
  {
    name: 'NCA covert interest is neither confirmed nor denied to police (E565, E526)',
    caller: policeAnalyst,
    marking: makeMarking('NCA', 'NCA_COVERT_INTEREST', 'SECRET'),
    level: 'NCND',
    reason: 'FORBIDDEN_BY_RULE',
    grantable: false,
  },
  {
    name: 'NCA covert interest is visible to the NCA itself',
    caller: ncaOfficer,
    marking: makeMarking('NCA', 'NCA_COVERT_INTEREST', 'SECRET'),
    level: 'FULL',
    reason: 'OWN_AGENCY',
  },
  {
    name: 'the NCA deconfliction flag reaches a regional lead (E470)',
    caller: regionalLead,
    marking: makeMarking('NCA', 'NCA_DECONFLICTION'),
    level: 'FULL',
    reason: 'PERMITTED',
  },
  {
    name: 'a regional lead sees police convictions under the MoU (M154)',
    caller: regionalLead,
    marking: makeMarking('POLICE', 'CONVICTIONS'),
    level: 'FULL',
    reason: 'PERMITTED',
  },
  {
    name: 'a MARSOC auditor may not use the hub route to police data',
    caller: makeCaller('MARSOC', { roles: ['AUDITOR'] }),
    marking: makeMarking('POLICE', 'CONVICTIONS'),
    level: 'WITHHELD',
    reason: 'ROLE_NOT_PERMITTED',
    grantable: false,
  },
  {
    // Issue 16 point 4: DWP learns identity only from the APMIS entry of a
    // nominal put to a forum in its own region, never from the police record of
    // the national population (seed 000 E633-E635; DPA 2018 s.36-37).
    name: 'DWP no longer sees police identity: the national population is not its to search (E633-E635)',
    caller: dwpOfficer,
    marking: makeMarking('POLICE', 'IDENTITY'),
    level: 'WITHHELD',
    reason: 'NO_AGREEMENT',
  },
  {
    // The field alone opens nothing: only a record nominated in the officer's
    // region does (marsoc-identity-cohort-to-dwp-in-region, decided per record).
    name: 'DWP sees cohort status only per record, where nominated in its region (E496, E633-E635)',
    caller: dwpOfficer,
    marking: makeMarking('MARSOC', 'COHORT'),
    level: 'WITHHELD',
    reason: 'REGION_NOT_PERMITTED',
    grantable: false,
  },
  {
    name: 'DWP, having no agreement, does not see police convictions (E404-E407)',
    caller: dwpOfficer,
    marking: makeMarking('POLICE', 'CONVICTIONS'),
    level: 'WITHHELD',
    reason: 'NO_AGREEMENT',
    grantable: true,
  },
  {
    // OFFICIAL-SENSITIVE is OFFICIAL with a caveat, not a higher tier: what the
    // caller lacks is the NPPV2 the police vetting code asks for it
    // (docs/classification.md#who-may-see-what), so the reason is the vetting.
    name: 'a BPSS police caller is withheld an OFFICIAL_SENSITIVE field of their own force for their vetting',
    caller: makeCaller('POLICE', { vetting: 'BPSS' }),
    marking: makeMarking('POLICE', 'INTELLIGENCE', 'OFFICIAL_SENSITIVE'),
    level: 'WITHHELD',
    reason: 'VETTING_TOO_LOW',
    grantable: false,
  },
  {
    name: 'a BPSS police caller sees a plain OFFICIAL field of their own force (BPSS supports OFFICIAL)',
    caller: makeCaller('POLICE', { vetting: 'BPSS' }),
    marking: makeMarking('POLICE', 'IDENTITY', 'OFFICIAL'),
    level: 'FULL',
    reason: 'OWN_AGENCY',
  },
  {
    name: 'a BPSS police caller is withheld a SECRET field of their own force for its tier',
    caller: makeCaller('POLICE', { vetting: 'BPSS' }),
    marking: makeMarking('POLICE', 'INTELLIGENCE', 'SECRET'),
    level: 'WITHHELD',
    reason: 'CLASSIFICATION_TOO_HIGH',
    grantable: false,
  },
  {
    name: 'an NPPV2 police caller sees an OFFICIAL_SENSITIVE field of their own force',
    caller: makeCaller('POLICE', { vetting: 'NPPV2' }),
    marking: makeMarking('POLICE', 'INTELLIGENCE', 'OFFICIAL_SENSITIVE'),
    level: 'FULL',
    reason: 'OWN_AGENCY',
  },
  {
    name: 'a BPSS prison officer is withheld police data shared only with cleared partners',
    caller: makeCaller('HMPPS', { vetting: 'BPSS' }),
    marking: makeMarking('POLICE', 'WARNING_MARKERS'),
    level: 'WITHHELD',
    reason: 'VETTING_TOO_LOW',
    grantable: false,
  },
  {
    name: 'performance reporting gets aggregates (E771-E829)',
    caller: policeAnalyst,
    purpose: 'PERFORMANCE_REPORTING',
    marking: makeMarking('MARSOC', 'AGGREGATES'),
    level: 'FULL',
    reason: 'PERMITTED',
  },
  {
    name: 'performance reporting never gets a nominal record, even the caller’s own agency’s',
    caller: regionalLead,
    purpose: 'PERFORMANCE_REPORTING',
    marking: makeMarking('MARSOC', 'DISRUPTION'),
    level: 'WITHHELD',
    reason: 'AGGREGATES_ONLY',
    grantable: false,
  },
  {
    name: 'an auditor auditing sees no nominal data (DPA 2018 s.62(4))',
    caller: makeCaller('POLICE', { roles: ['AUDITOR'] }),
    purpose: 'AUDIT',
    marking: makeMarking('POLICE', 'IDENTITY'),
    level: 'WITHHELD',
    reason: 'ROLE_NOT_PERMITTED',
    grantable: false,
  },
  {
    name: 'an auditor claiming another purpose still sees no nominal data (DPA 2018 s.62(4); separation of duties)',
    caller: makeCaller('MARSOC', { roles: ['AUDITOR'] }),
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    marking: makeMarking('MARSOC', 'COHORT'),
    level: 'WITHHELD',
    reason: 'ROLE_NOT_PERMITTED',
    grantable: false,
  },
  {
    name: 'an analyst auditing sees no nominal data (DPA 2018 s.62(4))',
    caller: makeCaller('POLICE', { roles: ['ANALYST'] }),
    purpose: 'AUDIT',
    marking: makeMarking('POLICE', 'IDENTITY'),
    level: 'WITHHELD',
    reason: 'PURPOSE_NOT_PERMITTED',
    grantable: false,
  },
  {
    name: 'HMRC sees its own tax data in full (CRCA 2005 s.17)',
    caller: hmrcInvestigator,
    marking: makeMarking('HMRC', 'TAX', 'OFFICIAL_SENSITIVE'),
    level: 'FULL',
    reason: 'OWN_AGENCY',
  },
];

describe('field decisions on the shipped register', () => {
  it.each(cases)('$name', (testCase) => {
    const decision = ENGINE.decide(
      testCase.caller,
      makePurpose(testCase.purpose),
      testCase.marking,
    );
    expect(decision.level).toBe(testCase.level);
    expect(decision.reason).toBe(testCase.reason);
    if (testCase.grantable !== undefined)
      expect(decision.grantable).toBe(testCase.grantable);
  });

  it('withholds HMRC tax records from a police analyst while the ISA is draft and opens them once it is signed', () => {
    const marking = makeMarking('HMRC', 'TAX');
    const signed = createPolicyEngine(
      withAgreementStatus(REGISTER, 'MARSOC_ISA', 'SIGNED'),
    );
    const draft = ENGINE.decide(policeAnalyst, makePurpose(), marking);
    const after = signed.decide(policeAnalyst, makePurpose(), marking);
    expect(draft).toMatchObject({
      level: 'EXISTENCE',
      reason: 'AGREEMENT_NOT_SIGNED',
    });
    expect(draft.rules).toContain('hmrc-to-partners-isa');
    expect(after).toMatchObject({
      level: 'FULL',
      reason: 'PERMITTED',
      grantable: false,
    });
    expect(after.rules).toEqual(['hmrc-to-partners-isa']);
  });

  it('opens nothing to DWP at field level: identity and cohort wait for the record (E496, E633-E635)', () => {
    const table = ENGINE.precompute(
      dwpOfficer,
      makePurpose(),
      listAllMarkings(),
    );
    const seen = listAllMarkings()
      .filter(
        (_, position) =>
          rankDisclosure(table.field(position).level) >=
          rankDisclosure('EXISTENCE'),
      )
      .map((marking) => `${marking.owner}:${marking.category}`);
    // Was police, HMPPS and APMIS identity and cohort for every nominal; now
    // nothing until a record says it was nominated in the officer's region.
    expect(seen).toEqual([]);
  });

  it('gives performance reporting the aggregates and withholds every other category', () => {
    const table = ENGINE.precompute(
      regionalLead,
      makePurpose('PERFORMANCE_REPORTING'),
      listAllMarkings(),
    );
    listAllMarkings().forEach((marking, position) => {
      const decision = table.field(position);
      if (marking.category === 'AGGREGATES')
        expect(decision.level).toBe('FULL');
      else expect(decision.level).toMatch(/^(WITHHELD|NCND)$/);
    });
  });

  it('never summarises HMRC data for any caller (CRCA 2005 s.19)', () => {
    const agencies: Agency[] = [
      'POLICE',
      'HMPPS',
      'NCA',
      'HMRC',
      'DWP',
      'MARSOC',
    ];
    const hmrcMarkings = listAllMarkings().filter(
      (marking) => marking.owner === 'HMRC',
    );
    for (const agency of agencies) {
      for (const marking of hmrcMarkings) {
        expect(
          ENGINE.decide(makeCaller(agency), makePurpose(), marking).level,
        ).not.toBe('SUMMARY');
      }
    }
  });

  it('tells the caller to contact the NCA before acting on the deconfliction flag', () => {
    const decision = ENGINE.decide(
      policeAnalyst,
      makePurpose(),
      makeMarking('NCA', 'NCA_DECONFLICTION'),
    );
    expect(decision.obligations).toEqual([
      { kind: 'CONTACT_OWNER_BEFORE_ACTION', owner: 'NCA' },
    ]);
  });

  it('gives the owner’s route on anything below FULL and none on NCND', () => {
    const existence = ENGINE.decide(
      policeAnalyst,
      makePurpose(),
      makeMarking('HMRC', 'TAX'),
    );
    const ncnd = ENGINE.decide(
      policeAnalyst,
      makePurpose(),
      makeMarking('NCA', 'NCA_COVERT_INTEREST'),
    );
    const full = ENGINE.decide(
      policeAnalyst,
      makePurpose(),
      makeMarking('POLICE', 'IDENTITY'),
    );
    expect(existence.route).toBe(REGISTER.owners.get('HMRC')?.route);
    expect(ncnd.route).toBeUndefined();
    expect(full.route).toBeUndefined();
  });

  it('reports a purpose outside the permit as PURPOSE_NOT_PERMITTED', () => {
    const decision = ENGINE.decide(
      prisonIntel,
      makePurpose('AUDIT'),
      makeMarking('POLICE', 'IDENTITY'),
    );
    expect(decision.level).toBe('WITHHELD');
    expect(decision.reason).toBe('PURPOSE_NOT_PERMITTED');
  });
});
