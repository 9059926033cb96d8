import { Classification, rankClassification } from '@marsoc/schema';
import {
  type AgencyDisclosure,
  type DisclosureEntry,
  type NominalDisclosure,
  type SubgraphDisclosureReport,
} from '@marsoc/schema/wire';

/** What one subgraph said it disclosed in one fetch. */
export interface SubgraphDisclosure extends SubgraphDisclosureReport {
  subgraph: string;
}

/**
 * The caller's `extensions.disclosure`: per nominal and owning agency, which
 * categories were released, summarised, flagged as held or withheld, and how to
 * ask for more. Subgraphs never report NCND coordinates, so nothing here can
 * reveal them. Output is sorted so it does not depend on fetch timing.
 */
export function combineDisclosures(
  disclosures: readonly SubgraphDisclosure[],
): NominalDisclosure[] {
  const byNominal = new Map<string, Map<string, AgencyDisclosure>>();
  for (const { entries } of disclosures) {
    for (const entry of entries) {
      const nominalKey = entry.nominalId ?? '';
      let agencies = byNominal.get(nominalKey);
      if (!agencies) byNominal.set(nominalKey, (agencies = new Map()));
      let agency = agencies.get(entry.owner);
      if (!agency) {
        agency = {
          owner: entry.owner,
          released: [],
          summarised: [],
          held: [],
          withheld: [],
          reasons: [],
          routes: [],
          markings: [],
        };
        agencies.set(entry.owner, agency);
      }
      addCategory(agency.released, entry.released, entry.category);
      addCategory(agency.summarised, entry.summarised, entry.category);
      addCategory(agency.held, entry.held, entry.category);
      addCategory(agency.withheld, entry.withheld, entry.category);
      for (const reason of entry.reasons) addUnique(agency.reasons, reason);
      if (entry.route) addUnique(agency.routes, entry.route);
      // Checked, not trusted: the report is JSON from another process.
      for (const marking of entry.markings ?? [])
        if (Classification.is(marking)) addUnique(agency.markings, marking);
    }
  }
  return [...byNominal.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([nominalId, agencies]) => ({
      nominalId: nominalId === '' ? null : nominalId,
      agencies: [...agencies.values()]
        .sort((a, b) => a.owner.localeCompare(b.owner))
        .map(sortAgency),
    }));
}

/** Categories, not field names: the caller learns what kind of data, not the schema path. */
function addCategory(
  target: string[],
  fields: readonly string[],
  category: string,
): void {
  if (fields.length > 0) addUnique(target, category);
}

function addUnique<T extends string>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

function sortAgency(agency: AgencyDisclosure): AgencyDisclosure {
  return {
    owner: agency.owner,
    released: [...agency.released].sort(),
    summarised: [...agency.summarised].sort(),
    held: [...agency.held].sort(),
    withheld: [...agency.withheld].sort(),
    reasons: [...agency.reasons].sort(),
    routes: [...agency.routes].sort(),
    markings: [...agency.markings].sort(
      (a, b) => rankClassification(a) - rankClassification(b),
    ),
  };
}

/** Reads a subgraph response's `extensions.disclosure`, ignoring anything malformed. */
export function readSubgraphDisclosure(
  subgraph: string,
  extensions: unknown,
): SubgraphDisclosure | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const disclosure = (extensions as { disclosure?: unknown }).disclosure;
  if (typeof disclosure !== 'object' || disclosure === null) return undefined;
  const { registerVersion, entries } = disclosure as {
    registerVersion?: unknown;
    entries?: unknown;
  };
  if (typeof registerVersion !== 'string' || !Array.isArray(entries))
    return undefined;
  return {
    subgraph,
    registerVersion,
    entries: entries as DisclosureEntry[],
  };
}
