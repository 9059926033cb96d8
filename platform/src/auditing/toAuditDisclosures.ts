import { type DisclosureEntry } from '@marsoc/schema/wire';
import { type AuditDisclosure } from '../audit';

/**
 * Turns disclosure entries (a subgraph recorder's, or those the gateway
 * collected from the subgraphs' reports) into audit disclosures: names and
 * counts, never values.
 *
 * Entries that differ only in their nominal become one disclosure naming
 * them all (`nominalIds`), in the order the entries came. A cohort's members
 * are mostly disclosed alike: 100 nominals' 1,328 entries were 18 distinct
 * disclosures, and the record to validate, encode, hash and write shrank
 * from 453 KB to a few (bench `--profile cohort`, issue 14). A disclosure
 * that applies to one nominal keeps `nominalId`, so a single-nominal record
 * is as before. The same disclosure to the same nominal twice in one
 * operation is one fact, named once.
 */
export function toAuditDisclosures(
  entries: readonly DisclosureEntry[],
): AuditDisclosure[] {
  const disclosures: AuditDisclosure[] = [];
  const groups = new Map<string, NominalGroup>();
  for (const entry of entries) {
    const { nominalId } = entry;
    if (typeof nominalId !== 'string') {
      disclosures.push(toAuditDisclosure(entry));
      continue;
    }
    const key = describeAlike(entry);
    const group = groups.get(key);
    if (group) group.nominalIds.add(nominalId);
    else {
      const disclosure = toAuditDisclosure(entry);
      groups.set(key, { disclosure, nominalIds: new Set([nominalId]) });
      disclosures.push(disclosure);
    }
  }
  for (const { disclosure, nominalIds } of groups.values()) {
    if (nominalIds.size < 2) continue;
    delete disclosure.nominalId;
    disclosure.nominalIds = [...nominalIds];
  }
  return disclosures;
}

interface NominalGroup {
  /** The group's disclosure, already in place in the output. */
  disclosure: AuditDisclosure;
  nominalIds: Set<string>;
}

/** Everything an entry says but its nominal, as one key. */
function describeAlike(entry: DisclosureEntry): string {
  return JSON.stringify([
    entry.owner,
    entry.category,
    entry.released,
    entry.summarised,
    entry.held,
    entry.withheld,
    entry.rules,
    entry.reasons,
  ]);
}

function toAuditDisclosure(entry: DisclosureEntry): AuditDisclosure {
  return {
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
  };
}
