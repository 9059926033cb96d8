/**
 * The variable names in the first column of the table under a README heading
 * (each written in backticks, several to a row allowed).
 */
export function readSettingsTable(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no "${heading}" heading`);
  const rest = lines.slice(start + 1);
  const first = rest.findIndex((line) => line.startsWith('|'));
  const rows = rest.slice(first);
  const end = rows.findIndex((line) => !line.startsWith('|'));
  // Skip the header row and its separator.
  return rows
    .slice(2, end < 0 ? undefined : end)
    .flatMap((row) => [
      ...(row.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g),
    ])
    .map((match) => match[1] ?? '');
}
