import {
  type Compilable,
  CompiledQuery,
  type Expression,
  type Kysely,
  type SqlBool,
} from 'kysely';
import { readSqliteDirectly, type StoreDialect } from './connectStore';
import { encodeBatchKeys, inBatchKeys } from './inBatchKeys';

/**
 * What a prepared query's parameter is: one value, or a batch of keys
 * (inBatchKeys), text or whole numbers.
 */
export type QueryParameterKind = 'value' | 'keys' | 'integerKeys';

/** A prepared query's parameters by name, each a value or a batch of keys. */
export type QueryParameterKinds = Readonly<Record<string, QueryParameterKind>>;

/**
 * What the query is built with, in place of each parameter: a value's stand-in
 * (bound where it is used), or a batch's `inBatchKeys` over a column.
 */
export type QueryParameterSlots<Kinds extends QueryParameterKinds> = {
  readonly [Name in keyof Kinds]: Kinds[Name] extends 'keys' | 'integerKeys'
    ? (column: string) => Expression<SqlBool>
    : string;
};

/** The values a prepared query is run with, by parameter name. */
export type QueryParameterValues<Kinds extends QueryParameterKinds> = {
  readonly [Name in keyof Kinds]: Kinds[Name] extends 'keys'
    ? readonly string[]
    : Kinds[Name] extends 'integerKeys'
      ? readonly number[]
      : string | null;
};

/** What stands for a parameter while the query is compiled: never a value a caller sends. */
const standIn = (name: string) => `\u0000marsoc-query-parameter:${name}`;

/**
 * A query built and compiled once, then run with each call's values in place
 * of its named parameters: building and compiling a query took about as long
 * as running it (issue 14), and on SQLite the one SQL text is prepared once
 * and, outside a transaction, run on the store's own handle
 * (readSqliteDirectly). A parameter may be used more than once (each use is bound);
 * every one must be used. Anything else the query binds is fixed at build.
 */
export function prepareQuery<Schema, Row, Kinds extends QueryParameterKinds>(
  store: { db: Kysely<Schema>; dialect: StoreDialect },
  kinds: Kinds,
  build: (slots: QueryParameterSlots<Kinds>) => Compilable<Row>,
): (values: QueryParameterValues<Kinds>) => Promise<Row[]> {
  const { db, dialect } = store;
  const names = Object.keys(kinds);
  const slots = Object.fromEntries(
    names.map((name) => [
      name,
      kinds[name] === 'value'
        ? standIn(name)
        : (column: string) =>
            inBatchKeys(
              dialect,
              column,
              [standIn(name)],
              kinds[name] === 'integerKeys' ? 'integer' : 'text',
            ),
    ]),
  ) as QueryParameterSlots<Kinds>;
  const compiled = build(slots).compile();
  const uses = compiled.parameters.map((parameter) =>
    names.find((name) => isStandIn(dialect, kinds[name], name, parameter)),
  );
  for (const name of names)
    if (!uses.includes(name))
      throw new Error(
        kinds[name] !== 'value'
          ? `a batch query must filter through inBatchKeys (${name}): ${compiled.sql}`
          : `a prepared query must bind its value ${name}: ${compiled.sql}`,
      );
  const direct = readSqliteDirectly<Schema, Row>(db, compiled.sql);
  return async (values) => {
    const parameters = compiled.parameters.map((fixed, index) => {
      const name = uses[index];
      if (name === undefined) return fixed;
      const value = values[name] as
        string | null | readonly string[] | readonly number[];
      return typeof value === 'string' || value === null
        ? value
        : encodeBatchKeys(dialect, value);
    });
    const rows = direct?.(parameters);
    if (rows !== undefined) return rows;
    const result = await db.executeQuery<Row>(
      CompiledQuery.raw(compiled.sql, parameters),
    );
    return result.rows;
  };
}

function isStandIn(
  dialect: StoreDialect,
  kind: QueryParameterKind | undefined,
  name: string,
  parameter: unknown,
): boolean {
  if (kind === 'value') return parameter === standIn(name);
  const encoded = encodeBatchKeys(dialect, [standIn(name)]);
  return Array.isArray(parameter)
    ? parameter.length === 1 && parameter[0] === encoded[0]
    : parameter === encoded;
}

/**
 * A batch read built and compiled once, then run with each batch's keys as
 * its inBatchKeys parameter (issue 14: a request makes one such read per
 * loader). An empty batch reads nothing without asking the store. `build`
 * must filter through inBatchKeys with the keys it is given (as often as it
 * needs: a UNION of two sides binds them twice) and bind nothing else that
 * varies.
 */
export function prepareBatchQuery<Schema, Row>(
  store: { db: Kysely<Schema>; dialect: StoreDialect },
  build: (keys: readonly string[]) => Compilable<Row>,
): (keys: readonly string[]) => Promise<Row[]> {
  const run = prepareQuery(store, { keys: 'keys' }, () =>
    build([standIn('keys')]),
  );
  return async (keys) => (keys.length === 0 ? [] : run({ keys }));
}
