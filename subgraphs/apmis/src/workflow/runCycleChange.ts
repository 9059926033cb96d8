import { type ApmisWriteStores } from '../repository/ApmisWrites';
import { type CycleOperation } from '../repository/cycleVocabulary';
import { type CohortProblems } from './CohortProblems';
import { type Parsed } from './parseNominationInputs';
import { type CohortRequest } from './runCohortChange';
import { runIdempotentChange } from './runIdempotentChange';

export const CYCLE_REFUSED = 'Change refused; nothing was written.';

/** The stores a disruption or hand-off writes, made on its one transaction. */
export type CycleStores = Pick<
  ApmisWriteStores,
  'cohort' | 'cycle' | 'meetings'
>;

/** One disruption or hand-off write: what it writes, its read input, and how it checks and writes. */
export interface CycleChange<Value extends { clientRequestId: string }> {
  operation: CycleOperation;
  /** The marked field it writes: nobody changes what the register does not release to them in full. */
  writes: string;
  input: Readonly<Record<string, unknown>>;
  parsed: Parsed<Value>;
  /** Checks against the stored state and writes; returns the id of what it wrote to. */
  apply(value: Value, problems: CohortProblems): Promise<string>;
}

/**
 * Makes one disruption or hand-off write, or refuses it having written
 * nothing: one transaction, idempotent under the caller's client request id,
 * logged in the cycle's write log (runIdempotentChange).
 */
export function runCycleChange<Value extends { clientRequestId: string }>(
  stores: CycleStores,
  request: CohortRequest,
  change: CycleChange<Value>,
): Promise<string> {
  return runIdempotentChange(
    stores.cycle,
    request,
    {
      writes: change.writes,
      subject: 'This change',
      audited: 'what they audit',
      refused: CYCLE_REFUSED,
    },
    change,
  );
}

/**
 * Refuses anyone but a Regional Lead before a record is looked up, so that the
 * refusal is the same whether the record exists or not.
 */
export function refuseUnlessLead(
  request: CohortRequest,
  problems: CohortProblems,
  act: string,
): void {
  if (request.caller.roles.includes('REGIONAL_LEAD')) return;
  problems.addCaller(`Only a Regional Lead (role REGIONAL_LEAD) may ${act}.`);
  problems.throwIfAny();
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
