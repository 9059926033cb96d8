/** `column IN ('A', 'B')`, from a closed vocabulary, so the store refuses other codes. */
export function oneOf(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map((value) => `'${value}'`).join(', ')})`;
}
