import { createPopulation, type SyntheticNominal } from '@marsoc/platform';
import {
  type BatchInsert,
  createBatchInsert,
  type SqliteDatabase,
  type SqlValue,
} from '@marsoc/platform/store';
import {
  generateNcaCovertInterest,
  generateNcaDeconfliction,
} from '../synthetic/generateNcaCovertRecords';
import { generateNcaRecord } from '../synthetic/generateNcaRecord';
import { generateHmrcRecord } from '../synthetic/generateHmrcRecord';

export interface SeedOptions {
  seed: string;
  size: number;
}

/** The columns each table is seeded with; rows carry them in camelCase. */
const SEEDED_COLUMNS = {
  hmrc_taxpayer: ['nominal_id', 'tax_reference'],
  hmrc_self_assessment: [
    'nominal_id',
    'tax_year',
    'declared_income',
    'tax_due',
    'filed_on',
  ],
  hmrc_directorship: [
    'nominal_id',
    'position',
    'company_number',
    'company_name',
    'role',
    'appointed_on',
    'resigned_on',
  ],
  hmrc_vat_registration: [
    'nominal_id',
    'vat_number',
    'trading_name',
    'registered_on',
    'status',
  ],
  hmrc_asset: [
    'nominal_id',
    'position',
    'asset_type',
    'description',
    'estimated_value',
    'acquired_on',
  ],
  hmrc_investigation: [
    'nominal_id',
    'reference',
    'investigation_type',
    'opened_on',
    'status',
  ],
  nca_subject: ['nominal_id', 'nca_reference'],
  nca_ocg_tiering: [
    'nominal_id',
    'group_name',
    'tier',
    'threat_area',
    'assessed_on',
  ],
  nca_suspicious_activity_report: [
    'nominal_id',
    'position',
    'reference',
    'submitted_on',
    'reporting_sector',
    'amount',
    'reason_code',
    'classification',
    'restricted_to',
  ],
  nca_covert_interest: [
    'nominal_id',
    'operation_name',
    'interest_type',
    'owning_command',
    'recorded_on',
  ],
  nca_deconfliction: ['nominal_id', 'route'],
} as const;

type Table = keyof typeof SEEDED_COLUMNS;
type Insert = (row: object) => void;
type Inserts = Readonly<Record<Table, Insert>>;

/**
 * Fills an empty store from the shared synthetic population: HMRC records for
 * nominals with an HMRC reference, NCA records for those with an NCA reference
 * (and NOM-00002, the covert fixture). Runs inside openSubgraphDatabase's one
 * transaction with prepared statements, so 10^5 nominals take seconds.
 */
export function seedNcaHmrc(
  database: SqliteDatabase,
  options: SeedOptions,
): void {
  // Each table writes in batches of its own, so a child row can reach the
  // store before its parent's batch does: foreign keys are checked when the
  // seeding transaction commits instead (every one still is).
  database.pragma('defer_foreign_keys = ON');
  const writers = Object.fromEntries(
    Object.entries(SEEDED_COLUMNS).map(([table, columns]) => [
      table,
      createBatchInsert(database, table, columns),
    ]),
  ) as Record<Table, BatchInsert>;
  const inserts = prepareInserts(writers);
  for (const nominal of createPopulation(options)) {
    seedHmrc(inserts, options.seed, nominal);
    seedNca(inserts, options.seed, nominal);
  }
  for (const writer of Object.values(writers)) writer.flush();
}

function seedHmrc(
  insert: Inserts,
  seed: string,
  nominal: SyntheticNominal,
): void {
  const record = generateHmrcRecord(seed, nominal);
  if (record === null) return;
  insert.hmrc_taxpayer(record.taxpayer);
  record.selfAssessments.forEach((row) => insert.hmrc_self_assessment(row));
  record.directorships.forEach((row, position) =>
    insert.hmrc_directorship({ ...row, position }),
  );
  record.vatRegistrations.forEach((row) => insert.hmrc_vat_registration(row));
  record.assets.forEach((row, position) =>
    insert.hmrc_asset({ ...row, position }),
  );
  record.investigations.forEach((row) => insert.hmrc_investigation(row));
}

function seedNca(
  insert: Inserts,
  seed: string,
  nominal: SyntheticNominal,
): void {
  const record = generateNcaRecord(seed, nominal);
  if (record === null) return;
  insert.nca_subject(record.subject);
  insert.nca_ocg_tiering(record.tiering);
  record.suspiciousActivityReports.forEach((row, position) =>
    insert.nca_suspicious_activity_report({ ...row, position }),
  );
  const covertInterest = generateNcaCovertInterest(seed, nominal);
  if (covertInterest !== null) insert.nca_covert_interest(covertInterest);
  const flag = generateNcaDeconfliction(seed, nominal, covertInterest !== null);
  if (flag !== null) insert.nca_deconfliction(flag);
}

function prepareInserts(writers: Record<Table, BatchInsert>): Inserts {
  const inserts = {} as Record<Table, Insert>;
  for (const table of Object.keys(SEEDED_COLUMNS) as Table[]) {
    inserts[table] = prepareInsert(writers[table], SEEDED_COLUMNS[table]);
  }
  return inserts;
}

/**
 * Takes a row keyed by camelCase property names, each written to the
 * snake_case column of the same name. A missing property writes NULL, which
 * the NOT NULL columns refuse, so a misspelt property fails the seed loudly.
 */
function prepareInsert(
  writer: BatchInsert,
  columns: readonly string[],
): Insert {
  const properties = columns.map(toCamelCase);
  return (row) => {
    const values = row as Readonly<Record<string, SqlValue | undefined>>;
    writer.add(properties.map((property) => values[property] ?? null));
  };
}

function toCamelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) =>
    letter.toUpperCase(),
  );
}
