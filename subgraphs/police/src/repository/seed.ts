import { createPopulation } from '@marsoc/platform';
import { createBatchInsert, type SqliteDatabase } from '@marsoc/platform/store';
import { POLICE_TABLES } from './policeTables';
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

/**
 * Fills an empty police store from the shared synthetic population: every
 * nominal has a PNC record. Runs inside openSubgraphDatabase's one transaction;
 * rows are written in nominal order, which is the tables' clustering order.
 * Intelligence names associates from the rest of the population.
 */
export function seedPoliceStore(
  database: SqliteDatabase,
  options: SeedOptions,
): void {
  const writers = POLICE_TABLES.map((layout) => ({
    layout,
    insert: createBatchInsert(database, layout.table, layout.columns),
  }));
  const mentions = createBatchInsert(database, 'police_intelligence_mention', [
    'nominal_id',
    'report_position',
    'associate_id',
  ]);
  const population = createPopulation(options);
  const pool = createAssociatePool(population);
  for (const nominal of population) {
    const records = generatePoliceRecords(options.seed, nominal);
    for (const { layout, insert } of writers) {
      for (const values of layout.valuesOf(records)) insert.add(values);
    }
    for (const mention of generateIntelligenceMentions(
      options.seed,
      nominal,
      records.intelligenceReports,
      pool,
    ))
      mentions.add([
        mention.nominalId,
        mention.reportPosition,
        mention.associateId,
      ]);
  }
  for (const { insert } of writers) insert.flush();
  mentions.flush();
}
