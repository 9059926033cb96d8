import {
  type GraphQLFormattedError,
  type OperationDefinitionNode,
} from 'graphql';
import { type AuditDisclosure, type AuditOutcome } from '../audit';
import { ErrorCode } from '../errors';

/** Refusals by the sharing rules, the caller's authority or a per-caller limit: the request was denied. */
const DENIAL_CODES = new Set<unknown>([
  ErrorCode.WITHHELD,
  ErrorCode.PURPOSE_REQUIRED,
  ErrorCode.FORBIDDEN,
  ErrorCode.RATE_LIMITED,
  ErrorCode.BREADTH_LIMITED,
]);

export interface AnswerToAudit {
  operation: OperationDefinitionNode | undefined;
  data: unknown;
  errors: readonly GraphQLFormattedError[] | undefined;
  /** What the answer disclosed, per nominal, owner and category. */
  disclosures: readonly AuditDisclosure[];
}

/**
 * How an operation ended. SUCCESS: no error. DENIED: refused, and nothing was
 * given: no mutation took effect, or no marked field was released, summarised
 * or shown as held. PARTIAL: something was given and something refused or
 * failed. ERROR: nothing was given and not only because of a refusal.
 *
 * Only what the caller was told counts (errors, and the released, summarised
 * and held lists). An NCND suppression raises no error and is never among
 * them, so it reads exactly as absence does: it cannot move the outcome.
 */
export function readAuditOutcome(answer: AnswerToAudit): AuditOutcome {
  const { errors } = answer;
  if (!errors || errors.length === 0) return 'SUCCESS';
  if (hasGivenAnything(answer)) return 'PARTIAL';
  return errors.every((error) => DENIAL_CODES.has(error.extensions?.code))
    ? 'DENIED'
    : 'ERROR';
}

function hasGivenAnything({
  operation,
  data,
  disclosures,
}: AnswerToAudit): boolean {
  if (data === null || data === undefined || typeof data !== 'object') {
    return false;
  }
  if (operation?.operation === 'mutation') {
    return hasMutationTakenEffect(operation, data);
  }
  return disclosures.some(
    (disclosure) =>
      disclosure.released.length +
        disclosure.summarised.length +
        disclosure.held.length >
      0,
  );
}

/**
 * A mutation took effect when any root field (other than `__typename`)
 * answered with something: a refused one resolves to null. The answer's fields
 * may all be withheld from the caller, yet the change was made.
 */
function hasMutationTakenEffect(
  operation: OperationDefinitionNode,
  data: object,
): boolean {
  const typenameKeys = new Set(
    operation.selectionSet.selections.flatMap((selection) =>
      selection.kind === 'Field' && selection.name.value === '__typename'
        ? [selection.alias?.value ?? '__typename']
        : [],
    ),
  );
  return Object.entries(data).some(
    ([key, value]) =>
      !typenameKeys.has(key) && value !== null && value !== undefined,
  );
}
