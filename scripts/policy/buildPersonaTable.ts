import { type Persona } from '@marsoc/platform/identity';
import {
  type Agency,
  type DataCategory,
  type Decision,
  type Purpose,
  rankDisclosure,
} from '@marsoc/schema';
import { createPolicyEngine } from '@marsoc/schema/policy';
import { type Register } from '@marsoc/schema/register';
import { type SupergraphMarking } from '@marsoc/schema/supergraph-markings';

/** Where a persona's view of one owner's category falls. */
export type PersonaBucket = 'released' | 'held' | 'perRecord' | 'withheld';

/** One row of the persona table: per bucket, the owners' categories in it. */
export interface PersonaRow {
  label: string;
  cells: Record<PersonaBucket, string>;
}

/**
 * Categories no persona table is about: the audit log, the grants and the
 * requests for them are not a nominal's record.
 */
const NOT_NOMINAL_DATA: readonly DataCategory[] = [
  'AUDIT_LOG',
  'DISCLOSURE_GRANTS',
  'DISCLOSURE_REQUESTS',
];

/** Owners in the order a reader meets them in the picture of a nominal. */
const OWNER_ORDER: readonly Agency[] = [
  'POLICE',
  'HMPPS',
  'MARSOC',
  'NCA',
  'HMRC',
  'DWP',
];

const OWNER_NAMES: Readonly<Record<Agency, string>> = {
  POLICE: 'police',
  HMPPS: 'HMPPS',
  NCA: 'NCA',
  HMRC: 'HMRC',
  DWP: 'DWP',
  MARSOC: 'APMIS',
};

/**
 * What each persona sees of a nominal while the register is as it stands, for
 * intelligence development, computed by the production engine over every
 * marked field of the supergraph; a last row for performance reporting. A
 * category counts at the best level any of its fields reaches; NCND categories
 * are never named (neither confirmed nor denied).
 */
export function buildPersonaTable(
  register: Register,
  personas: readonly Persona[],
  markings: readonly SupergraphMarking[],
): PersonaRow[] {
  const engine = createPolicyEngine(register);
  const nominalData = markings.filter(
    (found) => !NOT_NOMINAL_DATA.includes(found.marking.category),
  );
  const rowFor = (persona: Persona, purpose: Purpose, label: string) => {
    // Performance statistics are counts, not a nominal's record: only the
    // reporting row is about them.
    const reporting = purpose === 'PERFORMANCE_REPORTING';
    const considered = nominalData.filter(
      (found) => reporting || found.marking.category !== 'AGGREGATES',
    );
    const table = engine.precompute(
      persona.caller,
      { purpose, justification: 'policy personas: the README table' },
      considered.map((found) => found.marking),
    );
    const best = new Map<string, Decision>();
    considered.forEach((found, index) => {
      const key = `${found.marking.owner} ${found.marking.category}`;
      const decision = table.field(index);
      const known = best.get(key);
      if (
        !known ||
        rankDisclosure(decision.level) > rankDisclosure(known.level)
      )
        best.set(key, decision);
    });
    return { label, cells: describeBuckets(best) };
  };
  const rows = personas.map((persona) =>
    rowFor(persona, 'INTELLIGENCE_DEVELOPMENT', `\`${persona.handle}\``),
  );
  const lead = personas.find((persona) => persona.caller.agency === 'MARSOC');
  if (lead) {
    rows.push(
      rowFor(
        lead,
        'PERFORMANCE_REPORTING',
        'any persona with `PERFORMANCE_REPORTING`',
      ),
    );
  }
  return rows;
}

function bucketOf(decision: Decision): PersonaBucket | undefined {
  if (decision.level === 'NCND') return undefined;
  if (decision.level === 'FULL' || decision.level === 'SUMMARY')
    return 'released';
  if (decision.level === 'EXISTENCE') return 'held';
  if (decision.reason === 'REGION_NOT_PERMITTED') return 'perRecord';
  return 'withheld';
}

/** Each bucket's owners: the owner alone when all its categories share the bucket. */
function describeBuckets(
  best: ReadonlyMap<string, Decision>,
): Record<PersonaBucket, string> {
  const byOwner = new Map<string, Map<PersonaBucket, string[]>>();
  const order = (key: string) =>
    `${OWNER_ORDER.indexOf(key.split(' ')[0] as Agency)} ${key}`;
  for (const [key, decision] of [...best].sort(([a], [b]) =>
    order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0,
  )) {
    const bucket = bucketOf(decision);
    if (!bucket) continue;
    const [owner = '', category = ''] = key.split(' ');
    const buckets = byOwner.get(owner) ?? new Map<PersonaBucket, string[]>();
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), category]);
    byOwner.set(owner, buckets);
  }
  const cells: Record<PersonaBucket, string[]> = {
    released: [],
    held: [],
    perRecord: [],
    withheld: [],
  };
  for (const [owner, buckets] of byOwner) {
    const name = OWNER_NAMES[owner as Agency];
    for (const [bucket, categories] of buckets) {
      cells[bucket].push(
        buckets.size === 1 ? name : `${name} ${categories.join(', ')}`,
      );
    }
  }
  const join = (parts: string[]) => (parts.length ? parts.join('; ') : '-');
  return {
    released: join(cells.released),
    held: join(cells.held),
    perRecord: join(cells.perRecord),
    withheld: join(cells.withheld),
  };
}

const HEADINGS: readonly [PersonaBucket | 'label', string][] = [
  ['label', 'persona'],
  ['released', 'released in full'],
  ['held', 'only "held" (ask the owner)'],
  ['perRecord', 'per record only'],
  ['withheld', 'withheld'],
];

/** The table as Markdown, padded the way the project's formatter leaves it. */
export function formatPersonaTable(rows: readonly PersonaRow[]): string {
  const cellsOf = (row: PersonaRow): string[] =>
    HEADINGS.map(([key]) => (key === 'label' ? row.label : row.cells[key]));
  const body = rows.map(cellsOf);
  const widths = HEADINGS.map(([, heading], column) =>
    Math.max(
      heading.length,
      3,
      ...body.map((cells) => cells[column]?.length ?? 0),
    ),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [
    line(HEADINGS.map(([, heading]) => heading)),
    line(widths.map((width) => '-'.repeat(width))),
    ...body.map(line),
  ].join('\n');
}
