/**
 * A Kysely selection (`'nominal_id as nominalId'`) as the SELECT list the
 * SQLite statements not yet moved to Kysely read it with, so the two cannot
 * drift apart. Aliases are quoted: one may be a keyword (`by`).
 */
export function toColumnList(selection: readonly string[]): string {
  return selection
    .map((item) => {
      const [column, alias] = item.split(' as ');
      return alias === undefined ? item : `${column} AS "${alias}"`;
    })
    .join(', ');
}
