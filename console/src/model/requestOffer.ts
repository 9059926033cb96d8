import { UNGRANTABLE_PURPOSES } from '@marsoc/schema/vocabulary';
import { type AgencyDisclosure } from '@marsoc/schema/wire';
import {
  findRequestOperations,
  type RequestOperationNames,
} from './disclosureRequestOperations';

/**
 * The reasons a case-specific grant can lift: no agreement covers the
 * caller's agency, or it is not yet signed (docs/policy-model.md#disclosure-requests).
 * Vetting, a forbid or the purpose no grant changes.
 */
const LIFTABLE_REASONS: ReadonlySet<string> = new Set([
  'NO_AGREEMENT',
  'AGREEMENT_NOT_SIGNED',
]);

/**
 * The owner's request operations when the console should offer a request
 * for a category shown as `kind`: a held category always (it exists; the
 * owner decides), a withheld one only when every reason the owner gave is
 * one a grant can lift. Never for a purpose no grant may name, nor to an
 * owner the console raises no requests to yet. The owner's service judges
 * the request again, so an offer is never a promise.
 */
export function findRequestOffer(
  disclosure: AgencyDisclosure,
  kind: 'held' | 'withheld',
  purpose: string,
): RequestOperationNames | undefined {
  if (UNGRANTABLE_PURPOSES.some((each) => each === purpose)) return undefined;
  if (
    kind === 'withheld' &&
    (disclosure.reasons.length === 0 ||
      !disclosure.reasons.every((reason) => LIFTABLE_REASONS.has(reason)))
  )
    return undefined;
  return findRequestOperations(disclosure.owner);
}
