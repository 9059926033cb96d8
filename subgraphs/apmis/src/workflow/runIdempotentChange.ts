import { createHash } from 'node:crypto';
import { createCodedError, ErrorCode } from '@marsoc/platform';
import { CohortProblems } from './CohortProblems';
import { type Parsed } from './parseNominationInputs';
import { type CohortRequest } from './runCohortChange';

/** One write as its log keeps it: the operation, the input's fingerprint and what it wrote to. */
export interface LoggedWrite<Operation extends string> {
  operation: Operation;
  inputHash: string;
  resultId: string;
}

/** Where a kind of write keeps its client request ids, per caller. */
export interface WriteLog<Operation extends string> {
  findWrite(
    actorSub: string,
    clientRequestId: string,
  ): Promise<LoggedWrite<Operation> | null>;
  recordWrite(
    actorSub: string,
    clientRequestId: string,
    write: LoggedWrite<Operation>,
    writtenAt: string,
  ): Promise<void>;
}

/** Who may make a kind of write at all, and the words of its refusals. */
export interface WriteGuard {
  /** The marked field it writes: nobody changes what the register does not release to them in full. */
  writes: string;
  /** What is changed, as the refusals name it ("A meeting change", "This change"). */
  subject: string;
  /** What an auditor may not change ("a meeting", "what they audit"). */
  audited: string;
  /** The heading of every refusal, which says nothing was written. */
  refused: string;
}

/** One write: its operation, its read input, and how it checks and writes. */
export interface IdempotentChange<
  Operation extends string,
  Value extends { clientRequestId: string },
> {
  operation: Operation;
  input: Readonly<Record<string, unknown>>;
  parsed: Parsed<Value>;
  /** Checks against the stored state and writes; returns the id of what it wrote to. */
  apply(value: Value, problems: CohortProblems): Promise<string>;
}

/**
 * Makes one write retried safely under a client request id, or refuses it
 * having written nothing. The caller and purpose are judged first (`guard`);
 * then, in the write's transaction (the log and every store `apply` uses are
 * made on it, ApmisWrites), a retry with the same id and the same input
 * returns what the first attempt wrote and writes nothing more (the same id
 * for another request is refused), the change is checked and written, and the
 * id is logged with it. A refusal is thrown inside the transaction, which
 * rolls it back.
 */
export async function runIdempotentChange<
  Operation extends string,
  Value extends { clientRequestId: string },
>(
  log: WriteLog<Operation>,
  request: CohortRequest,
  guard: WriteGuard,
  change: IdempotentChange<Operation, Value>,
): Promise<string> {
  assertMayWrite(request, guard);
  const problems = new CohortProblems(change.parsed.problems, guard.refused);
  const value = change.parsed.value;
  if (value === null) {
    problems.throwIfAny();
    throw new Error('a refused change reported no problem');
  }
  const inputHash = fingerprintInput(change.input);
  const { sub } = request.caller;
  const earlier = await log.findWrite(sub, value.clientRequestId);
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
  const resultId = await change.apply(value, problems);
  await log.recordWrite(
    sub,
    value.clientRequestId,
    { operation: change.operation, inputHash, resultId },
    request.now,
  );
  return resultId;
}

/** Refuses, before anything is read, a caller who may not make such a write at all. */
function assertMayWrite(request: CohortRequest, guard: WriteGuard): void {
  if (!request.purpose)
    throw createCodedError(
      ErrorCode.PURPOSE_REQUIRED,
      `${guard.subject} touches the cohort: state the purpose COHORT_MANAGEMENT and a justification.`,
    );
  const problems = new CohortProblems([], guard.refused);
  if (request.caller.roles.includes('AUDITOR'))
    problems.addCaller(
      `An auditor (role AUDITOR) may not change ${guard.audited}, whatever other role they hold.`,
    );
  else if (request.purpose.purpose !== 'COHORT_MANAGEMENT')
    problems.addCaller(
      `${guard.subject} is made for the purpose COHORT_MANAGEMENT only; this request's purpose is ${request.purpose.purpose}.`,
    );
  else if (request.accessTo(guard.writes) !== 'FULL')
    problems.addCaller(
      `The sharing register does not release ${guard.writes} to you in full, so you may not change it.`,
    );
  problems.throwIfAny();
}

/**
 * The input's fingerprint: the same fields and values give the same hash, in
 * any order, and an absent field equals a null one.
 */
export function fingerprintInput(
  input: Readonly<Record<string, unknown>>,
): string {
  return createHash('sha256')
    .update(JSON.stringify(sortKeys(input)))
    .digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, entry]) => entry !== undefined && entry !== null)
      .sort(([left], [right]) => (left < right ? -1 : 1))
      .map(([key, entry]) => [key, sortKeys(entry)]),
  );
}
