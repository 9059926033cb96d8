import { createHash } from 'node:crypto';
import { createCodedError, ErrorCode } from '@marsoc/platform';
import { type CohortStore } from '../repository/CohortStore';
import { type CycleStore } from '../repository/CycleStore';
import { type CycleOperation } from '../repository/cycleVocabulary';
import { type MeetingStore } from '../repository/MeetingStore';
import { CohortProblems } from './CohortProblems';
import { type Parsed } from './parseNominationInputs';
import { type CohortRequest } from './runCohortChange';

export const CYCLE_REFUSED = 'Change refused; nothing was written.';

/** The stores a disruption or hand-off writes: one database, one transaction. */
export interface CycleStores {
  cohort: CohortStore;
  cycle: CycleStore;
  meetings: MeetingStore;
}

/** One disruption or hand-off write: what it writes, its read input, and how it checks and writes. */
export interface CycleChange<Value extends { clientRequestId: string }> {
  operation: CycleOperation;
  /** The marked field it writes: nobody changes what the register does not release to them in full. */
  writes: string;
  input: Readonly<Record<string, unknown>>;
  parsed: Parsed<Value>;
  /** Checks against the stored state and writes; returns the id of what it wrote to. */
  apply(value: Value, problems: CohortProblems): string;
}

/**
 * Makes one disruption or hand-off write, or refuses it having written
 * nothing. The caller and purpose are judged first; then, in one
 * transaction, a retry under the same client request id returns what the
 * first attempt wrote (the same id for another request is refused), the
 * change is checked and written, and the id is logged with it.
 */
export function runCycleChange<Value extends { clientRequestId: string }>(
  stores: CycleStores,
  request: CohortRequest,
  change: CycleChange<Value>,
): string {
  assertMayWrite(request, change.writes);
  return stores.cohort.transaction(() => {
    const problems = new CohortProblems(change.parsed.problems, CYCLE_REFUSED);
    const value = change.parsed.value;
    if (value === null) {
      problems.throwIfAny();
      throw new Error('a refused change reported no problem');
    }
    const inputHash = fingerprint(change.input);
    const earlier = stores.cycle.findWrite(
      request.caller.sub,
      value.clientRequestId,
    );
    if (earlier !== null) {
      if (
        earlier.operation === change.operation &&
        earlier.inputHash === inputHash
      )
        return earlier.resultId;
      problems.addInput(
        'clientRequestId was already used for a different request; use a new one for a new request.',
      );
      problems.throwIfAny();
    }
    const resultId = change.apply(value, problems);
    stores.cycle.recordWrite(
      request.caller.sub,
      value.clientRequestId,
      { operation: change.operation, inputHash, resultId },
      request.now,
    );
    return resultId;
  });
}

/** Refuses, before anything is read, a caller who may not make such a write at all. */
function assertMayWrite(request: CohortRequest, writes: string): void {
  if (!request.purpose)
    throw createCodedError(
      ErrorCode.PURPOSE_REQUIRED,
      'This change touches a nominal: state the purpose COHORT_MANAGEMENT and a justification.',
    );
  const problems = new CohortProblems([], CYCLE_REFUSED);
  if (request.caller.roles.includes('AUDITOR'))
    problems.addCaller(
      'An auditor (role AUDITOR) may not change what they audit, whatever other role they hold.',
    );
  else if (request.purpose.purpose !== 'COHORT_MANAGEMENT')
    problems.addCaller(
      `These changes are made for the purpose COHORT_MANAGEMENT only; this request's purpose is ${request.purpose.purpose}.`,
    );
  else if (request.accessTo(writes) !== 'FULL')
    problems.addCaller(
      `The sharing register does not release ${writes} to you in full, so you may not change it.`,
    );
  problems.throwIfAny();
}

/** The same fields and values give the same fingerprint, in any order; absent equals null. */
function fingerprint(input: Readonly<Record<string, unknown>>): string {
  const canonical = JSON.stringify(input, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .filter(([, entry]) => entry !== undefined && entry !== null)
            .sort(([left], [right]) => (left < right ? -1 : 1)),
        )
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/** The region check every hub act shares: a lead acts only in their own regions. */
export function findLeadProblem(
  request: CohortRequest,
  region: string,
  act: string,
): string | null {
  const { caller } = request;
  if (!caller.roles.includes('REGIONAL_LEAD'))
    return `Only a Regional Lead (role REGIONAL_LEAD) may ${act}.`;
  if (!(caller.regions as readonly string[]).includes(region))
    return `You may ${act} only in your own regions (${caller.regions.join(', ') || 'none'}).`;
  return null;
}
