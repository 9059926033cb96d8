import { type Caller, type Role } from '@marsoc/schema';
import { TEST_CALLER } from '@marsoc/platform/testing';
import {
  CohortStatus,
  type CohortStatus as Status,
} from '../../repository/apmisVocabulary';
import {
  CohortTransition,
  TpmActionStatus,
} from '../../repository/cohortVocabulary';
import {
  COHORT_TRANSITIONS,
  describeRefusedTransition,
  findActorProblems,
  findNextStatus,
  findRegionProblem,
  TPM_ACTION_TRANSITIONS,
} from '../cohortStateMachine';

type From = Status | 'NONE';

/**
 * The lifecycle written out by hand from seed 000 (E192-E216, E777-E828),
 * so the table in the code is checked, not restated.
 */
const EXPECTED: Record<CohortTransition, Partial<Record<From, Status>>> = {
  NOMINATE: {
    NONE: 'NOMINATED',
    NOT_PUT_FORWARD: 'NOMINATED',
    NOT_SELECTED: 'NOMINATED',
    DESELECTED: 'NOMINATED',
    EXITED: 'NOMINATED',
  },
  NOT_PUT_FORWARD: { NOMINATED: 'NOT_PUT_FORWARD' },
  ACCEPT: {
    NOMINATED: 'SELECTED',
    DEFERRED: 'SELECTED',
    REDIRECTED: 'SELECTED',
  },
  DECLINE: {
    NOMINATED: 'NOT_SELECTED',
    DEFERRED: 'NOT_SELECTED',
    REDIRECTED: 'NOT_SELECTED',
  },
  DEFER: {
    NOMINATED: 'DEFERRED',
    DEFERRED: 'DEFERRED',
    REDIRECTED: 'DEFERRED',
  },
  REDIRECT: {
    NOMINATED: 'REDIRECTED',
    DEFERRED: 'REDIRECTED',
    REDIRECTED: 'REDIRECTED',
  },
  SET_PLAN: { SELECTED: 'SELECTED' },
  ADD_TPM_ACTION: { SELECTED: 'SELECTED' },
  UPDATE_TPM_ACTION: { SELECTED: 'SELECTED' },
  DESELECT: { SELECTED: 'DESELECTED' },
  TRANSFER: { SELECTED: 'SELECTED' },
  EXIT: { DESELECTED: 'EXITED' },
};

const FROM: readonly From[] = ['NONE', ...CohortStatus.values];
const CASES = CohortTransition.values.flatMap((transition) =>
  FROM.map((from) => [transition, from] as const),
);

describe('the MARSOC cohort lifecycle (seed 000 E192-E216)', () => {
  it.each(CASES)('%s from %s', (transition, from) => {
    const next = findNextStatus(transition, from === 'NONE' ? null : from);
    expect(next).toBe(EXPECTED[transition][from] ?? null);
  });

  it('allows TPM actions only on selected nominals, so never on a declined one (E807)', () => {
    expect(findNextStatus('ADD_TPM_ACTION', 'NOT_SELECTED')).toBeNull();
    expect(findNextStatus('ADD_TPM_ACTION', 'SELECTED')).toBe('SELECTED');
  });

  it('deselects only a nominal on the cohort (E822)', () => {
    for (const from of [null, ...CohortStatus.values])
      expect(findNextStatus('DESELECT', from) !== null).toBe(
        from === 'SELECTED',
      );
  });

  it('explains a refusal with where the nomination stands and where the change may start', () => {
    expect(describeRefusedTransition('DESELECT', 'NOM-00200', null)).toBe(
      'Cannot deselect a nominal from the cohort: NOM-00200 has never been nominated, and that is allowed only from SELECTED.',
    );
    expect(
      describeRefusedTransition('ADD_TPM_ACTION', 'NOM-00200', 'NOT_SELECTED'),
    ).toContain("NOM-00200's nomination is NOT_SELECTED");
  });

  it('gives every PSF decision the same deciders, so an unreadable decision is judged as any', () => {
    const deciders = COHORT_TRANSITIONS.ACCEPT.actors;
    for (const decision of ['DECLINE', 'DEFER', 'REDIRECT'] as const)
      expect(COHORT_TRANSITIONS[decision].actors).toBe(deciders);
  });
});

function callerWith(agency: Caller['agency'], roles: Role[]): Caller {
  return { ...TEST_CALLER, agency, roles, regions: ['NORTH_WEST'] };
}

const CALLERS: Record<string, Caller> = {
  policeAnalyst: callerWith('POLICE', ['ANALYST']),
  policeSro: callerWith('POLICE', ['SRO']),
  prisonIntelligence: callerWith('HMPPS', ['INTELLIGENCE_OFFICER']),
  ncaOfficer: callerWith('NCA', ['INTELLIGENCE_OFFICER']),
  hmrcOfficer: callerWith('HMRC', ['INTELLIGENCE_OFFICER']),
  dwpOfficer: callerWith('DWP', ['INTELLIGENCE_OFFICER']),
  regionalLead: callerWith('MARSOC', ['REGIONAL_LEAD']),
  hubAnalyst: callerWith('MARSOC', ['ANALYST']),
  leadWhoAudits: callerWith('MARSOC', ['REGIONAL_LEAD', 'AUDITOR']),
};

const NOMINATORS = [
  'policeAnalyst',
  'policeSro',
  'prisonIntelligence',
  'ncaOfficer',
  'hmrcOfficer',
];
const DECIDERS = ['policeSro', 'regionalLead'];
const TPM = ['policeAnalyst', 'policeSro', 'regionalLead', 'hubAnalyst'];
/** Staff of any agency, none an auditor: whose action it is is judged against the action (E813). */
const ACTION_OWNERS = Object.keys(CALLERS).filter(
  (name) => name !== 'leadWhoAudits',
);
const MAY_ACT: Record<CohortTransition, readonly string[]> = {
  NOMINATE: NOMINATORS,
  NOT_PUT_FORWARD: ['regionalLead'],
  ACCEPT: DECIDERS,
  DECLINE: DECIDERS,
  DEFER: DECIDERS,
  REDIRECT: DECIDERS,
  SET_PLAN: DECIDERS,
  ADD_TPM_ACTION: TPM,
  UPDATE_TPM_ACTION: ACTION_OWNERS,
  DESELECT: DECIDERS,
  TRANSFER: DECIDERS,
  EXIT: DECIDERS,
};

describe('who may make each cohort change', () => {
  const cases = CohortTransition.values.flatMap((transition) =>
    Object.keys(CALLERS).map((name) => [transition, name] as const),
  );

  it.each(cases)('%s by %s', (transition, name) => {
    const problems = findActorProblems(transition, CALLERS[name] as Caller);
    expect(problems.length === 0).toBe(MAY_ACT[transition].includes(name));
  });

  it('refuses a PSF decision by a police analyst, naming who may decide (E794)', () => {
    expect(
      findActorProblems('ACCEPT', CALLERS.policeAnalyst as Caller),
    ).toEqual([
      'Only a Senior Responsible Officer or Regional Lead (role SRO or REGIONAL_LEAD) may record a PSF decision.',
    ]);
  });

  it('refuses an auditor any change, whatever other role they hold (separation of duties)', () => {
    expect(
      findActorProblems('DESELECT', CALLERS.leadWhoAudits as Caller)[0],
    ).toMatch(/auditor/i);
  });

  it('lets a caller act only within their own regions', () => {
    const lead = CALLERS.regionalLead as Caller;
    expect(findRegionProblem('DESELECT', lead, 'NORTH_WEST')).toBeNull();
    expect(findRegionProblem('DESELECT', lead, 'LONDON')).toBe(
      'You may deselect a nominal from the cohort only within your own regions (NORTH_WEST); this nomination is held in LONDON.',
    );
  });
});

describe('the TPM Action Log lifecycle (E813-E814)', () => {
  const EXPECTED_NEXT: Record<TpmActionStatus, TpmActionStatus[]> = {
    OPEN: ['IN_PROGRESS', 'COMPLETED', 'REJECTED', 'CANCELLED'],
    IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
    COMPLETED: [],
    REJECTED: [],
    CANCELLED: [],
  };

  it.each(TpmActionStatus.values)('moves an action on from %s', (from) => {
    expect([...TPM_ACTION_TRANSITIONS[from]].sort()).toEqual(
      [...EXPECTED_NEXT[from]].sort(),
    );
  });
});
