import { createPopulation } from '@marsoc/platform';
import { type Kysely } from 'kysely';
import {
  createSeedWriter,
  type SeedRow,
  type SeedValue,
  type StoreDialect,
} from '@marsoc/platform/store';
import { POLICE_TABLES, type TableLayout } from './seedLayouts';
import {
  createAssociatePool,
  generateIntelligenceMentions,
} from '../synthetic/generateIntelligenceMentions';
import { generatePoliceRecords } from '../synthetic/generatePoliceRecords';

export interface SeedOptions {
  seed: string;
  /** How many nominals the shared population has. */
  size: number;
}

const MENTIONS = 'police_intelligence_mention';

/**
 * Fills an empty police store from the shared synthetic population: every
 * nominal has a PNC record. Runs inside openSubgraphStore's seeding
 * transaction, many rows to an INSERT, on either dialect; rows are written in
 * nominal order, which is the tables' clustering order. Intelligence names
 * associates from the rest of the population.
 */
export async function seedPolice(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  options: SeedOptions,
): Promise<void> {
  const writer = createSeedWriter(db, dialect, [
    ...POLICE_TABLES.map((layout) => layout.table),
    MENTIONS,
  ]);
  const population = createPopulation(options);
  const pool = createAssociatePool(population);
  for (const nominal of population) {
    const records = generatePoliceRecords(options.seed, nominal);
    for (const layout of POLICE_TABLES)
      for (const values of layout.valuesOf(records))
        await writer.add(layout.table, toRow(layout, values));
    for (const mention of generateIntelligenceMentions(
      options.seed,
      nominal,
      records.intelligenceReports,
      pool,
    ))
      await writer.add(MENTIONS, {
        nominal_id: mention.nominalId,
        report_position: mention.reportPosition,
        associate_id: mention.associateId,
      });
  }
  await writer.flush();
}

function toRow(
  layout: TableLayout,
  values: ReturnType<TableLayout['valuesOf']>[number],
): SeedRow {
  const row: Record<string, SeedValue> = {};
  layout.columns.forEach((column, index) => {
    row[column] = values[index] ?? null;
  });
  return row;
}
