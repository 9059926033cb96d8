import { createPopulation, type SqliteDatabase } from '@marsoc/platform';
import { createBatchedInsert } from './createBatchedInsert';
import { POLICE_TABLES } from './policeTables';
import { generatePoliceRecords } from './synthetic/generatePoliceRecords';

export interface SeedOptions {
  seed: string;
  /** How many nominals the shared population has. */
  size: number;
}

/**
 * Fills an empty police store from the shared synthetic population: every
 * nominal has a PNC record. Runs inside openSubgraphDatabase's one transaction;
 * rows are written in nominal order, which is the tables' clustering order.
 */
export function seedPoliceStore(
  database: SqliteDatabase,
  options: SeedOptions,
): void {
  const writers = POLICE_TABLES.map((layout) => ({
    layout,
    insert: createBatchedInsert(database, layout.table, layout.columns),
  }));
  for (const nominal of createPopulation(options)) {
    const records = generatePoliceRecords(options.seed, nominal);
    for (const { layout, insert } of writers) {
      for (const values of layout.valuesOf(records)) insert.add(values);
    }
  }
  for (const { insert } of writers) insert.flush();
}
