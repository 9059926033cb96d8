import { type SubgraphDisclosure } from '../disclosure/combineDisclosures';

/**
 * The distinct nominals an answer opens, sorted: every nominal an owner
 * reported a decision about (released, summarised, held or withheld). Owners
 * never report NCND coordinates, so a nominal the caller may not know of is
 * never among them; aggregates (no nominal) open none.
 */
export function listOpenedNominals(
  disclosures: readonly SubgraphDisclosure[],
): string[] {
  const ids = new Set<string>();
  for (const { entries } of disclosures)
    for (const entry of entries) if (entry.nominalId) ids.add(entry.nominalId);
  return [...ids].sort();
}
