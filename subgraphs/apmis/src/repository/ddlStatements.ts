/**
 * The statements of a DDL text, one per entry: each ends with `;` at the end
 * of a line, which no statement of ours has inside it (a trigger's body is
 * ddlText's, given as statements already). A migration runs them one by one,
 * since SQLite prepares one statement at a time.
 */
export function ddlStatements(text: string): string[] {
  return text
    .split(/;[ \t]*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}
