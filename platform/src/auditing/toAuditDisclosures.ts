import { type Agency, type ReasonCode } from '@marsoc/schema';
import { type AuditDisclosure } from '../audit';

/** A disclosure entry as a subgraph's recorder or report gives it (field names only). */
export interface DisclosureEntryLike {
  nominalId: string | null;
  owner: string;
  category: string;
  released: readonly string[];
  summarised: readonly string[];
  held: readonly string[];
  withheld: readonly string[];
  reasons?: readonly string[];
  rules?: readonly string[];
}

/** Turns disclosure entries into audit disclosures: names and counts, never values. */
export function toAuditDisclosures(
  entries: readonly DisclosureEntryLike[],
): AuditDisclosure[] {
  return entries.map((entry) => ({
    nominalId: entry.nominalId,
    owner: entry.owner as Agency,
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
    rules: [...(entry.rules ?? [])],
    reasons: [...(entry.reasons ?? [])] as ReasonCode[],
  }));
}
