import { createCodedError, ErrorCode } from '@marsoc/platform';
import {
  type Caller,
  type DisclosureLevel,
  type Region,
  type RequestPurpose,
} from '@marsoc/schema';
import { type CohortStatus } from '../repository/apmisVocabulary';
import { type CohortTransition } from '../repository/cohortVocabulary';
import { type CohortMembershipRow } from '../repository/CohortRows';
import { type CohortStore } from '../repository/CohortStore';
import {
  describeRefusedTransition,
  findActorProblems,
  findNextStatus,
  findRegionProblem,
} from './cohortStateMachine';
import { CohortProblems } from './CohortProblems';
import { type Parsed } from './parseNominationInputs';

/** Who asks for a cohort change, why, and when. */
export interface CohortRequest {
  caller: Caller;
  purpose?: RequestPurpose;
  /** The request's clock reading (ISO instant): the event time, and "today" for dates. */
  now: string;
  /** The register's decision for this caller on a marked field (`Type.field`). */
  accessTo(coordinate: string): DisclosureLevel;
}

/** The nominal a change acts on, and the nomination it acts on (null if never nominated). */
export interface CohortTarget {
  nominalId: string;
  nomination: CohortMembershipRow | null;
}

/** A target that has a nomination to check against. */
export interface NominatedTarget {
  nominalId: string;
  nomination: CohortMembershipRow;
}

/** What a change wrote: the nomination it wrote to, and the event's cycle and detail. */
export interface ChangeOutcome {
  nominationId: string;
  cycle: number | null;
  detail: string;
}

/** One kind of cohort change: its transition, its read input, and how it finds, checks and writes. */
export interface CohortChange<Value> {
  transition: CohortTransition;
  parsed: Parsed<Value>;
  /** The target, or an input problem (e.g. a nominal not on the master list). */
  locate(
    store: CohortStore,
    value: Value,
  ): CohortTarget | string | Promise<CohortTarget | string>;
  /** The region the caller must cover; null when there is no nomination to judge by. */
  regionOf(target: CohortTarget, value: Value): Region | null;
  /** Problems only visible against the stored record, once the transition is allowed. */
  check?(
    target: NominatedTarget,
    value: Value,
    problems: CohortProblems,
  ): void | Promise<void>;
  write(
    store: CohortStore,
    target: CohortTarget,
    value: Value,
    to: CohortStatus,
  ): Promise<ChangeOutcome>;
}

/**
 * Makes one cohort change, or refuses it having written nothing. Who the caller
 * is and why they ask is judged first; then the input, the region and the
 * lifecycle against the stored state; then the change and its event are
 * written together. `store` is made on the write's transaction
 * (ApmisWrites), so the state judged is the state written over, and any
 * refusal, thrown inside the transaction, rolls it back.
 */
export async function runCohortChange<Value>(
  store: CohortStore,
  request: CohortRequest,
  change: CohortChange<Value>,
): Promise<CohortMembershipRow> {
  assertMayChangeCohort(request, change.transition);
  const problems = new CohortProblems(change.parsed.problems);
  const value = change.parsed.value;
  const target = value === null ? null : await change.locate(store, value);
  if (typeof target === 'string') problems.addInput(target);
  if (value === null || target === null || typeof target === 'string') {
    problems.throwIfAny();
    throw new Error('a refused change reported no problem');
  }
  const region = change.regionOf(target, value);
  if (region !== null)
    problems.addCaller(
      findRegionProblem(change.transition, request.caller, region),
    );
  problems.throwIfCallerOrInput();
  const to = await judgeTransition(change, target, value, problems);
  const outcome = await change.write(store, target, value, to);
  await appendChangeEvent(
    store,
    request,
    change.transition,
    target,
    outcome,
    to,
  );
  return readWritten(store, outcome.nominationId);
}

/** The status the change leads to, or a throw listing why the lifecycle refuses it. */
async function judgeTransition<Value>(
  change: CohortChange<Value>,
  target: CohortTarget,
  value: Value,
  problems: CohortProblems,
): Promise<CohortStatus> {
  const { nomination } = target;
  const from = nomination?.status ?? null;
  const to = findNextStatus(change.transition, from);
  if (to === null)
    problems.addState(
      describeRefusedTransition(change.transition, target.nominalId, from),
    );
  else if (nomination !== null)
    await change.check?.(
      { nominalId: target.nominalId, nomination },
      value,
      problems,
    );
  problems.throwIfAny();
  if (to === null) throw new Error('a refused transition reported no problem');
  return to;
}

/** The event log entry of a written change: what, who, when, from and to. */
function appendChangeEvent(
  store: CohortStore,
  request: CohortRequest,
  transition: CohortTransition,
  target: CohortTarget,
  outcome: ChangeOutcome,
  to: CohortStatus,
): Promise<void> {
  const { nomination } = target;
  return store.appendEvent({
    nominationId: outcome.nominationId,
    nominalId: target.nominalId,
    transition,
    // A new nomination's history starts from nothing.
    fromStatus:
      outcome.nominationId === nomination?.nominationId
        ? nomination.status
        : null,
    toStatus: to,
    actorSub: request.caller.sub,
    actorAgency: request.caller.agency,
    occurredAt: request.now,
    cycle: outcome.cycle,
    detail: outcome.detail,
  });
}

/**
 * The marked field each change writes. The 4P plan and the TPM Action Log are
 * planned disruption activity (DISRUPTION); everything else is the cohort record.
 */
const RECORD_WRITTEN: Readonly<Record<CohortTransition, string>> = {
  NOMINATE: 'Nominal.cohort',
  NOT_PUT_FORWARD: 'Nominal.cohort',
  ACCEPT: 'Nominal.cohort',
  DECLINE: 'Nominal.cohort',
  DEFER: 'Nominal.cohort',
  REDIRECT: 'Nominal.cohort',
  SET_PLAN: 'CohortMembership.fourPPlan',
  ADD_TPM_ACTION: 'CohortMembership.tpmActions',
  UPDATE_TPM_ACTION: 'CohortMembership.tpmActions',
  DESELECT: 'Nominal.cohort',
  TRANSFER: 'Nominal.cohort',
  EXIT: 'Nominal.cohort',
};

/** Refuses, before anything is read, a caller who may not make this change at all. */
function assertMayChangeCohort(
  request: CohortRequest,
  transition: CohortTransition,
): void {
  if (!request.purpose)
    throw createCodedError(
      ErrorCode.PURPOSE_REQUIRED,
      'A cohort change touches a nominal: state the purpose COHORT_MANAGEMENT and a justification.',
    );
  const problems = new CohortProblems();
  if (request.purpose.purpose !== 'COHORT_MANAGEMENT')
    problems.addCaller(
      `Cohort changes are made for the purpose COHORT_MANAGEMENT only; this request's purpose is ${request.purpose.purpose}.`,
    );
  else if (request.accessTo(RECORD_WRITTEN[transition]) !== 'FULL')
    // Nobody changes a record the register does not let them read in full.
    problems.addCaller(
      `The sharing register does not release ${RECORD_WRITTEN[transition]} to you in full, so you may not change it.`,
    );
  problems.addCaller(...findActorProblems(transition, request.caller));
  problems.throwIfAny();
}

async function readWritten(
  store: CohortStore,
  nominationId: string,
): Promise<CohortMembershipRow> {
  const written = await store.findNomination(nominationId);
  if (written === null)
    throw new Error('a written nomination could not be read back');
  return written;
}
