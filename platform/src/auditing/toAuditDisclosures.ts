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
  const groups = new NominalGroups();
  for (const entry of entries) {
    const { nominalId } = entry;
    if (typeof nominalId !== 'string') {
      disclosures.push(toAuditDisclosure(entry));
      continue;
    }
    const group = groups.findAlike(entry);
    if (group) group.nominalIds.add(nominalId);
    else {
      const disclosure = toAuditDisclosure(entry);
      groups.add({ entry, disclosure, nominalIds: new Set([nominalId]) });
      disclosures.push(disclosure);
    }
  }
  for (const { disclosure, nominalIds } of groups.all()) {
    if (nominalIds.size < 2) continue;
    delete disclosure.nominalId;
    disclosure.nominalIds = [...nominalIds];
  }
  return disclosures;
}

interface NominalGroup {
  /** The first entry of the group: what every other member's entry equals. */
  entry: DisclosureEntry;
  /** The group's disclosure, already in place in the output. */
  disclosure: AuditDisclosure;
  nominalIds: Set<string>;
}

/**
 * The groups so far, by owner and category, each compared item by item:
 * an owner's category is disclosed in one or a few ways per operation, so
 * this finds a match without building a key per entry (a JSON key was 2.4%
 * of the gateway's time on a cohort), and no text in a name can make two
 * different entries look alike.
 */
class NominalGroups {
  private readonly byOwner = new Map<string, Map<string, NominalGroup[]>>();
  private readonly inOrder: NominalGroup[] = [];

  findAlike(entry: DisclosureEntry): NominalGroup | undefined {
    return this.byOwner
      .get(entry.owner)
      ?.get(entry.category)
      ?.find((group) => isAlike(group.entry, entry));
  }

  add(group: NominalGroup): void {
    const { owner, category } = group.entry;
    let byCategory = this.byOwner.get(owner);
    if (!byCategory) this.byOwner.set(owner, (byCategory = new Map()));
    const groups = byCategory.get(category);
    if (groups) groups.push(group);
    else byCategory.set(category, [group]);
    this.inOrder.push(group);
  }

  all(): readonly NominalGroup[] {
    return this.inOrder;
  }
}

/** Everything but the nominal the same (owner and category already are). */
function isAlike(a: DisclosureEntry, b: DisclosureEntry): boolean {
  return (
    sameNames(a.released, b.released) &&
    sameNames(a.summarised, b.summarised) &&
    sameNames(a.held, b.held) &&
    sameNames(a.withheld, b.withheld) &&
    sameNames(a.rules, b.rules) &&
    sameNames(a.reasons, b.reasons)
  );
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1)
    if (a[index] !== b[index]) return false;
  return true;
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
