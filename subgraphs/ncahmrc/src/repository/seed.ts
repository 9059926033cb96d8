import { createPopulation, type SyntheticNominal } from '@marsoc/platform';
import { type Kysely } from 'kysely';
import {
  createSeedWriter,
  type SeedRow,
  type SeedValue,
  type StoreDialect,
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

/**
 * The columns each table is seeded with; rows carry them in camelCase. Parents
 * come before their children: the writer writes tables in this order.
 */
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

export type NcaHmrcSeededTable = keyof typeof SEEDED_COLUMNS;
type Table = NcaHmrcSeededTable;

/** Each table's columns with the camelCase property each is read from. */
const PROPERTIES = Object.fromEntries(
  Object.entries(SEEDED_COLUMNS).map(([table, columns]) => [
    table,
    columns.map((column): [string, string] => [column, toCamelCase(column)]),
  ]),
) as Record<Table, [string, string][]>;

/** One row the seed writes: its table, and its values by snake_case column. */
export interface SeededRow {
  table: NcaHmrcSeededTable;
  row: SeedRow;
}

/**
 * Fills an empty store from the shared synthetic population (generateNcaHmrcRows).
 * Runs inside openSubgraphStore's seeding transaction, many rows to an INSERT,
 * on either dialect.
 */
export async function seedNcaHmrc(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  options: SeedOptions,
): Promise<void> {
  const writer = createSeedWriter(db, dialect, Object.keys(SEEDED_COLUMNS));
  for (const { table, row } of generateNcaHmrcRows(options))
    await writer.add(table, row);
  await writer.flush();
}

/**
 * Every row a seeded store holds, in order: HMRC records for nominals with an
 * HMRC reference, NCA records for those with an NCA reference (and NOM-00002,
 * the covert fixture). Tests elsewhere read the truth from here without a store.
 */
export function* generateNcaHmrcRows(
  options: SeedOptions,
): Generator<SeededRow> {
  for (const nominal of createPopulation(options)) {
    yield* generateHmrcRows(options.seed, nominal);
    yield* generateNcaRows(options.seed, nominal);
  }
}

function* generateHmrcRows(
  seed: string,
  nominal: SyntheticNominal,
): Generator<SeededRow> {
  const record = generateHmrcRecord(seed, nominal);
  if (record === null) return;
  yield toRow('hmrc_taxpayer', record.taxpayer);
  for (const row of record.selfAssessments)
    yield toRow('hmrc_self_assessment', row);
  for (const [position, row] of record.directorships.entries())
    yield toRow('hmrc_directorship', { ...row, position });
  for (const row of record.vatRegistrations)
    yield toRow('hmrc_vat_registration', row);
  for (const [position, row] of record.assets.entries())
    yield toRow('hmrc_asset', { ...row, position });
  for (const row of record.investigations)
    yield toRow('hmrc_investigation', row);
}

function* generateNcaRows(
  seed: string,
  nominal: SyntheticNominal,
): Generator<SeededRow> {
  const record = generateNcaRecord(seed, nominal);
  if (record === null) return;
  yield toRow('nca_subject', record.subject);
  yield toRow('nca_ocg_tiering', record.tiering);
  for (const [position, row] of record.suspiciousActivityReports.entries())
    yield toRow('nca_suspicious_activity_report', { ...row, position });
  const covertInterest = generateNcaCovertInterest(seed, nominal);
  if (covertInterest !== null)
    yield toRow('nca_covert_interest', covertInterest);
  const flag = generateNcaDeconfliction(seed, nominal, covertInterest !== null);
  if (flag !== null) yield toRow('nca_deconfliction', flag);
}

/**
 * Takes a row keyed by camelCase property names, each written to the
 * snake_case column of the same name. A missing property writes NULL, which
 * the NOT NULL columns refuse, so a misspelt property fails the seed loudly.
 */
function toRow(table: Table, generated: object): SeededRow {
  const values = generated as Readonly<Record<string, SeedValue | undefined>>;
  return {
    table,
    row: Object.fromEntries(
      PROPERTIES[table].map(([column, property]) => [
        column,
        values[property] ?? null,
      ]),
    ),
  };
}

function toCamelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) =>
    letter.toUpperCase(),
  );
}
