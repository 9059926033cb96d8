import {
  type Agency,
  type Classification,
  type DataCategory,
  type DisclosureLevel,
  rankClassification,
  type ReasonCode,
} from '@marsoc/schema';
import { type DisclosureEntry } from '@marsoc/schema/wire';

interface MutableEntry extends DisclosureEntry {
  /** NCND suppressions: kept for the owner's audit, never shown to the caller. */
  suppressed: string[];
}

/**
 * Collects, for one request, what each marked field resolved to. The caller's
 * `extensions.disclosure` and the owner's audit record are both built from it.
 * It stores coordinates (`Type.field`), never values.
 */
export class DisclosureRecorder {
  /** In the order they were first recorded, which both views keep. */
  private readonly entries: MutableEntry[] = [];
  /**
   * The same entries by nominal, owner and category: a cohort records some
   * hundred fields per nominal, and a key string built for each was most of
   * the recorder's time.
   */
  private readonly index = new Map<
    string | null,
    Map<Agency, Map<DataCategory, MutableEntry>>
  >();

  record(
    nominalId: string | null,
    owner: Agency,
    category: DataCategory,
    coordinate: string,
    outcome: {
      level: DisclosureLevel;
      reason: ReasonCode;
      rules: readonly string[];
      route?: string;
    },
    carried: readonly Classification[] = [],
  ): void {
    const entry = this.entryFor(nominalId, owner, category);
    addUnique(listFor(entry, outcome.level), coordinate);
    if (outcome.level === 'FULL' || outcome.level === 'SUMMARY')
      for (const marking of carried) addUnique(entry.markings, marking);
    // An NCND rule's id would itself confirm that something is hidden.
    if (outcome.level === 'NCND') return;
    for (const rule of outcome.rules) addUnique(entry.rules, rule);
    if (outcome.level !== 'FULL') {
      addUnique(entry.reasons, outcome.reason);
      if (outcome.route !== undefined) entry.route = outcome.route;
    }
  }

  /**
   * Notes the classification of a record released inside a list already
   * recorded as released: only what the caller receives carries a marking.
   */
  noteReleasedRecord(
    nominalId: string | null,
    owner: Agency,
    category: DataCategory,
    classification: Classification,
  ): void {
    addUnique(
      this.entryFor(nominalId, owner, category).markings,
      classification,
    );
  }

  /** What the caller may be told: NCND never appears, not even as an empty entry. */
  toCallerView(): DisclosureEntry[] {
    const view: DisclosureEntry[] = [];
    for (const { suppressed: _suppressed, ...entry } of this.entries) {
      if (isEmptyForCaller(entry)) continue;
      // Sorted so the order says nothing about which resolver finished first.
      view.push({ ...entry, markings: sortMarkings(entry.markings) });
    }
    return view;
  }

  /** The owner's accountability view: NCND suppressions count as withheld. */
  toAuditView(): DisclosureEntry[] {
    return this.entries.map(({ suppressed, ...entry }) => ({
      ...entry,
      withheld: [
        ...entry.withheld,
        ...suppressed.filter((name) => !entry.withheld.includes(name)),
      ],
    }));
  }

  /** The nominals any marked field resolved for. */
  nominalIds(): string[] {
    const ids = new Set<string>();
    for (const entry of this.entries)
      if (entry.nominalId) ids.add(entry.nominalId);
    return [...ids];
  }

  private entryFor(
    nominalId: string | null,
    owner: Agency,
    category: DataCategory,
  ): MutableEntry {
    let owners = this.index.get(nominalId);
    if (!owners) {
      owners = new Map();
      this.index.set(nominalId, owners);
    }
    let categories = owners.get(owner);
    if (!categories) {
      categories = new Map();
      owners.set(owner, categories);
    }
    let entry = categories.get(category);
    if (!entry) {
      entry = {
        nominalId,
        owner,
        category,
        released: [],
        summarised: [],
        held: [],
        withheld: [],
        suppressed: [],
        reasons: [],
        rules: [],
        markings: [],
      };
      categories.set(category, entry);
      this.entries.push(entry);
    }
    return entry;
  }
}

function listFor(entry: MutableEntry, level: DisclosureLevel): string[] {
  switch (level) {
    case 'FULL':
      return entry.released;
    case 'SUMMARY':
      return entry.summarised;
    case 'EXISTENCE':
      return entry.held;
    case 'WITHHELD':
      return entry.withheld;
    case 'NCND':
      return entry.suppressed;
  }
}

function isEmptyForCaller(entry: DisclosureEntry): boolean {
  return (
    entry.released.length +
      entry.summarised.length +
      entry.held.length +
      entry.withheld.length ===
    0
  );
}

function sortMarkings(markings: readonly Classification[]): Classification[] {
  return [...markings].sort(
    (a, b) => rankClassification(a) - rankClassification(b),
  );
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
