import { type DisclosureEntry } from '@marsoc/schema/wire';
import { type AuditDisclosure } from '../audit';

/**
 * Turns disclosure entries (a subgraph recorder's, or those the gateway
 * collected from the subgraphs' reports) into audit disclosures: names and
 * counts, never values.
 */
export function toAuditDisclosures(
  entries: readonly DisclosureEntry[],
): AuditDisclosure[] {
  return entries.map((entry) => ({
    nominalId: entry.nominalId,
    owner: entry.owner,
    category: entry.category,
    released: [...entry.released],
    summarised: [...entry.summarised],
    held: [...entry.held],
    withheld: [...entry.withheld],
    counts: {
      released: entry.released.length,
      summarised: entry.summarised.length,
      held: entry.held.length,
      withheld: entry.withheld.length,
    },
    rules: [...entry.rules],
    reasons: [...entry.reasons],
  }));
}
