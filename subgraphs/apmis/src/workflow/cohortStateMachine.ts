import { Agency, type Caller, type Region, type Role } from '@marsoc/schema';
import { type CohortStatus } from '../repository/apmisVocabulary';
import {
  type CohortTransition,
  type TpmActionStatus,
} from '../repository/cohortVocabulary';

/** Who may make a change: callers of these agencies, or holding one of these roles. */
export interface ActorRule {
  /** A sentence naming who may act, for refusals. */
  who: string;
  agencies?: readonly Agency[];
  roles?: readonly Role[];
}

/** Partner-agency staff identify and nominate (seed 000 E777, Table B1 1.1). */
const NOMINATORS: ActorRule = {
  who: 'staff of a nominating agency (POLICE, HMPPS, NCA or HMRC)',
  agencies: ['POLICE', 'HMPPS', 'NCA', 'HMRC'],
};
/** The Regional Lead decides what goes to the PSF (E785-E793, Table B1 2.2-2.3). */
const HUB_LEADS: ActorRule = {
  who: 'a Regional Lead (role REGIONAL_LEAD)',
  roles: ['REGIONAL_LEAD'],
};
/** PSF decisions and the SRO's 4P plan (E794-E806); exit and removal (E822-E824). */
const FORUM_DECIDERS: ActorRule = {
  who: 'a Senior Responsible Officer or Regional Lead (role SRO or REGIONAL_LEAD)',
  roles: ['SRO', 'REGIONAL_LEAD'],
};
/**
 * An action is moved on by its owner: staff of the agency that owns it (E813:
 * actions "appropriate/actionable by task owners"); which agency is judged
 * against the action itself.
 */
const ACTION_OWNERS: ActorRule = {
  who: 'staff of the agency that owns the action',
  agencies: Agency.values,
};
/** The TPM Action Log is kept by the hub: lead, analysts and SROs (E807, E813). */
const TPM_MEMBERS: ActorRule = {
  who: 'a Regional Lead, analyst or SRO (role REGIONAL_LEAD, ANALYST or SRO)',
  roles: ['REGIONAL_LEAD', 'ANALYST', 'SRO'],
};

export interface TransitionRule {
  /** The statuses it may start from; null is "no open nomination at all". */
  from: readonly (CohortStatus | null)[];
  /** The status it leaves the nomination in; 'UNCHANGED' for work on the cohort. */
  to: CohortStatus | 'UNCHANGED';
  actors: ActorRule;
}

/** A nominal may be (re)nominated once no nomination of theirs is open (E486, E828). */
const CLOSED: readonly (CohortStatus | null)[] = [
  null,
  'NOT_PUT_FORWARD',
  'NOT_SELECTED',
  'DESELECTED',
  'EXITED',
];
/** Awaiting a PSF: newly nominated, deferred to a later PSF, or redirected to this region's. */
const AWAITING_FORUM: readonly CohortStatus[] = [
  'NOMINATED',
  'DEFERRED',
  'REDIRECTED',
];

/**
 * The MARSOC cohort lifecycle as seed 000 describes it (E192-E216,
 * E419-E432, E777-E828). Every change the workflow makes is one of these.
 */
export const COHORT_TRANSITIONS: Readonly<
  Record<CohortTransition, TransitionRule>
> = {
  NOMINATE: { from: CLOSED, to: 'NOMINATED', actors: NOMINATORS },
  NOT_PUT_FORWARD: {
    from: ['NOMINATED'],
    to: 'NOT_PUT_FORWARD',
    actors: HUB_LEADS,
  },
  ACCEPT: { from: AWAITING_FORUM, to: 'SELECTED', actors: FORUM_DECIDERS },
  DECLINE: { from: AWAITING_FORUM, to: 'NOT_SELECTED', actors: FORUM_DECIDERS },
  DEFER: { from: AWAITING_FORUM, to: 'DEFERRED', actors: FORUM_DECIDERS },
  REDIRECT: { from: AWAITING_FORUM, to: 'REDIRECTED', actors: FORUM_DECIDERS },
  SET_PLAN: { from: ['SELECTED'], to: 'UNCHANGED', actors: FORUM_DECIDERS },
  ADD_TPM_ACTION: { from: ['SELECTED'], to: 'UNCHANGED', actors: TPM_MEMBERS },
  UPDATE_TPM_ACTION: {
    from: ['SELECTED'],
    to: 'UNCHANGED',
    actors: ACTION_OWNERS,
  },
  DESELECT: { from: ['SELECTED'], to: 'DESELECTED', actors: FORUM_DECIDERS },
  TRANSFER: { from: ['SELECTED'], to: 'UNCHANGED', actors: FORUM_DECIDERS },
  EXIT: { from: ['DESELECTED'], to: 'EXITED', actors: FORUM_DECIDERS },
};

/** Why this caller may not make this kind of change at all; [] when they may. */
export function findActorProblems(
  transition: CohortTransition,
  caller: Caller,
): string[] {
  if (caller.roles.includes('AUDITOR')) {
    // Separation of duties: whoever audits the cohort's records does not change them.
    return [
      'An auditor (role AUDITOR) may not change the MARSOC cohort, whatever other role they hold.',
    ];
  }
  const { actors } = COHORT_TRANSITIONS[transition];
  const byAgency = actors.agencies?.includes(caller.agency) ?? false;
  const byRole = actors.roles?.some((role) => caller.roles.includes(role));
  if (byAgency || byRole === true) return [];
  return [`Only ${actors.who} may ${describeTransition(transition)}.`];
}

/** Why this caller may not act in `region`; null when it is one of theirs. */
export function findRegionProblem(
  transition: CohortTransition,
  caller: Caller,
  region: Region,
): string | null {
  if (caller.regions.includes(region)) return null;
  return `You may ${describeTransition(transition)} only within your own regions (${caller.regions.join(', ') || 'none'}); this nomination is held in ${region}.`;
}

/** The status a transition leaves a nomination in, or null when it may not be made from `from`. */
export function findNextStatus(
  transition: CohortTransition,
  from: CohortStatus | null,
): CohortStatus | null {
  const rule = COHORT_TRANSITIONS[transition];
  if (!rule.from.includes(from)) return null;
  return rule.to === 'UNCHANGED' ? from : rule.to;
}

/** The refusal of a transition the lifecycle does not allow from `from`. */
export function describeRefusedTransition(
  transition: CohortTransition,
  nominalId: string,
  from: CohortStatus | null,
): string {
  const where =
    from === null
      ? `${nominalId} has never been nominated`
      : `${nominalId}'s nomination is ${from}`;
  const allowed = COHORT_TRANSITIONS[transition].from
    .map((status) => status ?? 'not nominated')
    .join(', ');
  return `Cannot ${describeTransition(transition)}: ${where}, and that is allowed only from ${allowed}.`;
}

const DESCRIPTIONS: Readonly<Record<CohortTransition, string>> = {
  NOMINATE: 'nominate a nominal for the MARSOC cohort',
  NOT_PUT_FORWARD: 'decide not to put a nomination forward to the PSF',
  ACCEPT: 'record a PSF decision',
  DECLINE: 'record a PSF decision',
  DEFER: 'record a PSF decision',
  REDIRECT: 'record a PSF decision',
  SET_PLAN: 'set a Strategic 4P plan',
  ADD_TPM_ACTION: 'add an action to the TPM Action Log',
  UPDATE_TPM_ACTION: 'update an action on the TPM Action Log',
  DESELECT: 'deselect a nominal from the cohort',
  TRANSFER: 'transfer a nominal to another regional cohort',
  EXIT: 'record a risk-managed exit',
};

export function describeTransition(transition: CohortTransition): string {
  return DESCRIPTIONS[transition];
}

/**
 * Where an action on the TPM Action Log may go next (E813-E814): started,
 * completed, rejected as a tasking request, or cancelled; the last three end it.
 */
export const TPM_ACTION_TRANSITIONS: Readonly<
  Record<TpmActionStatus, readonly TpmActionStatus[]>
> = {
  OPEN: ['IN_PROGRESS', 'COMPLETED', 'REJECTED', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  REJECTED: [],
  CANCELLED: [],
};
