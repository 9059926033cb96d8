import { createRandom } from '@marsoc/platform';
import { type Agency } from '@marsoc/schema';
import {
  generateNcaHmrcRows,
  type NcaHmrcSeededTable,
} from '@marsoc/subgraph-ncahmrc/testing';

/** Two nominals that differ, for everyone but `owner`, only in what `owner` hides. */
export interface HiddenDataPair {
  kind: 'NCND' | 'WITHHELD';
  /** The only agency that may see the difference. */
  owner: Agency;
  /** Has the hidden data. */
  hidden: string;
  /** Has none of it. */
  absent: string;
  why: string;
}

/** The store the in-process supergraph seeds (inProcessSupergraph's STORE). */
const STORE = { seed: 'marsoc-early-adopter', size: 400 };

const ALL_IDS = Array.from(
  { length: STORE.size },
  (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
);

/**
 * Nominal pairs from the seeded NCA/HMRC store, chosen with a seed and never
 * sharing a nominal (an auditor's answer about one must hold only its pair's
 * consultations): NOM-00002 (covert NCA interest) against NOM-00001 (none)
 * and other NCA-known, deconfliction-flagged nominals with and without one
 * (NCND); nominals HMRC holds a record of against ones it holds none of, and
 * ones with an HMRC investigation against HMRC-known ones without (withheld
 * outside HMRC).
 */
export function findHiddenDataPairs(
  seed: string,
  perKind: number,
): HiddenDataPair[] {
  const random = createRandom(seed);
  const ids = findSeededNominals();
  const ncaKnown = ids('nca_subject');
  const flagged = ids('nca_deconfliction');
  const covert = ids('nca_covert_interest');
  const hmrcKnown = ids('hmrc_taxpayer');
  const investigated = ids('hmrc_investigation');
  const used = new Set<string>();
  const pairs: HiddenDataPair[] = [];
  const take = (
    kind: HiddenDataPair['kind'],
    owner: Agency,
    why: string,
    hidden: readonly string[],
    absent: readonly string[],
    first?: [string, string],
  ) => {
    const free = (list: readonly string[]) =>
      random.shuffle(list.filter((id) => !used.has(id)));
    const chosen: [string, string][] = first ? [first] : [];
    const [withIt, without] = [free(hidden), free(absent)];
    while (chosen.length < perKind && withIt.length > 0 && without.length > 0)
      chosen.push([withIt.pop() as string, without.pop() as string]);
    if (chosen.length < perKind)
      throw new Error(`only ${chosen.length} ${why} pairs in the store`);
    for (const [a, b] of chosen) {
      used.add(a).add(b);
      pairs.push({ kind, owner, hidden: a, absent: b, why });
    }
  };
  const flaggedNca = ALL_IDS.filter(
    (id) => ncaKnown.has(id) && flagged.has(id),
  );
  take(
    'NCND',
    'NCA',
    'covert NCA interest',
    flaggedNca.filter((id) => covert.has(id) && id !== 'NOM-00002'),
    flaggedNca.filter((id) => !covert.has(id) && id !== 'NOM-00001'),
    ['NOM-00002', 'NOM-00001'],
  );
  take(
    'WITHHELD',
    'HMRC',
    'HMRC record',
    ALL_IDS.filter((id) => hmrcKnown.has(id)),
    ALL_IDS.filter((id) => !hmrcKnown.has(id)),
  );
  take(
    'WITHHELD',
    'HMRC',
    'HMRC investigation',
    ALL_IDS.filter((id) => investigated.has(id)),
    ALL_IDS.filter((id) => hmrcKnown.has(id) && !investigated.has(id)),
  );
  return pairs;
}

/**
 * The nominals with a row in each table of the seeded store, from the rows the
 * seed writes (the population is deterministic), without opening a store.
 */
function findSeededNominals(): (table: NcaHmrcSeededTable) => Set<string> {
  const byTable = new Map<NcaHmrcSeededTable, Set<string>>();
  for (const { table, row } of generateNcaHmrcRows(STORE)) {
    const held = byTable.get(table) ?? new Set<string>();
    held.add(String(row.nominal_id));
    byTable.set(table, held);
  }
  return (table) => byTable.get(table) ?? new Set();
}
