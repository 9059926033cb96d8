import {
  type Compilable,
  CompiledQuery,
  type Expression,
  type Kysely,
  type SqlBool,
  sql,
} from 'kysely';
import { type StoreDialect } from './connectStore';

/**
 * `column` is one of `keys`, with the keys bound as ONE parameter on either
 * dialect: a JSON array read by json_each on SQLite, a text[] on PostgreSQL.
 * One statement serves a batch of any size, with no cap on bound parameters,
 * so a DataLoader batch stays one query (issue 14). An empty batch matches
 * nothing.
 */
export function inBatchKeys(
  dialect: StoreDialect,
  column: string,
  keys: readonly string[],
): Expression<SqlBool> {
  const bound = encodeBatchKeys(dialect, keys);
  return dialect === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} = any(${bound}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${bound}))`;
}

/** The one parameter inBatchKeys binds: a JSON array on SQLite, an array on PostgreSQL. */
function encodeBatchKeys(
  dialect: StoreDialect,
  keys: readonly string[],
): string | string[] {
  return dialect === 'postgres' ? [...keys] : JSON.stringify(keys);
}

const SAMPLE_KEY = 'batch-key-placeholder';

/**
 * A batch read built and compiled once, then run with each batch's keys as
 * its one inBatchKeys parameter: building and compiling a query took about as
 * long as running it (issue 14: a request makes one such read per loader). An
 * empty batch reads nothing without asking the store. `build` must filter
 * through inBatchKeys (once, or once per table it reads) and bind nothing
 * else that varies.
 */
export function prepareBatchQuery<Schema, Row>(
  store: { db: Kysely<Schema>; dialect: StoreDialect },
  build: (keys: readonly string[]) => Compilable<Row>,
): (keys: readonly string[]) => Promise<Row[]> {
  const compiled = build([SAMPLE_KEY]).compile();
  const sample = encodeBatchKeys(store.dialect, [SAMPLE_KEY]);
  // Every place the keys are bound: a query may filter two tables by them.
  const places = compiled.parameters.flatMap((parameter, index) =>
    (
      Array.isArray(sample)
        ? Array.isArray(parameter) &&
          parameter.length === 1 &&
          parameter[0] === SAMPLE_KEY
        : parameter === sample
    )
      ? [index]
      : [],
  );
  if (places.length === 0)
    throw new Error(
      `a batch query must filter through inBatchKeys: ${compiled.sql}`,
    );
  return async (keys) => {
    if (keys.length === 0) return [];
    const parameters = [...compiled.parameters];
    const bound = encodeBatchKeys(store.dialect, keys);
    for (const index of places) parameters[index] = bound;
    const result = await store.db.executeQuery<Row>(
      CompiledQuery.raw(compiled.sql, parameters),
    );
    return result.rows;
  };
}
