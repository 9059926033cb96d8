import { type Kysely, type RawBuilder, sql } from 'kysely';
import { type Agency, type DataCategory } from '@marsoc/schema';

/**
 * A table whose row for a nominal means the owner holds something of it:
 * `table` (matched on its nominal_id) or `table.column`.
 */
export type HeldIn = string;

/** What an owner holds of a nominal, read from its own tables. */
export interface OwnerHoldings {
  /**
   * Each category, with the base tables of the fields its `@marking` governs:
   * a row in any of them for the nominal means the category is held.
   */
  categories: Readonly<Record<DataCategory, readonly HeldIn[]>>;
  /** The owner's record of a nominal (its base table); unset: anything held at all. */
  record?: HeldIn;
}

/** The owners a subgraph serves disclosures for, and where their holdings are. */
export type DeskHoldings = Partial<Record<Agency, OwnerHoldings>>;

export interface HoldingsQueries {
  /** The categories `owner` holds anything of for the nominal: one read for all of them. */
  findHeldCategories(
    owner: Agency,
    nominalId: string,
  ): Promise<ReadonlySet<DataCategory>>;
  /** Whether `owner` holds a record of the nominal here. */
  isNominalHeldBy(nominalId: string, owner: Agency): Promise<boolean>;
}

/**
 * The holdings reads on either dialect. Every category of an owner is read in
 * one statement, so asking about one category (an NCND one included) costs
 * exactly what asking about any other does; an owner not held here holds
 * nothing. Table names come from the subgraph's code, never from input.
 */
export function createHoldingsQueries(
  db: Kysely<unknown>,
  holdings: DeskHoldings,
): HoldingsQueries {
  const findHeldCategories = async (
    owner: Agency,
    nominalId: string,
  ): Promise<ReadonlySet<DataCategory>> => {
    const categories = Object.entries(holdings[owner]?.categories ?? {});
    if (categories.length === 0) return new Set();
    const held = sql.join(
      categories.map(
        ([category, tables]) =>
          sql`select ${sql.lit(category)} as category where ${anyRow(tables, nominalId)}`,
      ),
      sql` union all `,
    );
    const { rows } = await sql<{ category: DataCategory }>`${held}`.execute(db);
    return new Set(rows.map((row) => row.category));
  };
  return {
    findHeldCategories,
    async isNominalHeldBy(nominalId, owner) {
      const record = holdings[owner]?.record;
      if (record === undefined)
        return (await findHeldCategories(owner, nominalId)).size > 0;
      const { rows } =
        await sql`select 1 as held where ${anyRow([record], nominalId)}`.execute(
          db,
        );
      return rows.length > 0;
    },
  };
}

/** True when any of `tables` has a row for the nominal. */
function anyRow(
  tables: readonly HeldIn[],
  nominalId: string,
): RawBuilder<unknown> {
  if (tables.length === 0) return sql`false`;
  return sql.join(
    tables.map((heldIn) => {
      const [table = heldIn, column = 'nominal_id'] = heldIn.split('.');
      return sql`exists (select 1 from ${sql.table(table)} where ${sql.ref(column)} = ${nominalId})`;
    }),
    sql` or `,
  );
}
