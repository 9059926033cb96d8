import { type Access } from './findAccessesTo';
import { type AuditDisclosure } from './types';

const COLUMNS = [
  'TIME',
  'WHO',
  'AGENCY / UNIT',
  'PURPOSE',
  'SERVICE',
  'PROCESSING',
  'OUTCOME',
] as const;

/**
 * A plain-text table for a terminal: one row per access, then the
 * justification and what was shown per owner and category, indented below.
 * Record text passed the audit schema, which forbids control characters, so
 * nothing here can carry a terminal escape sequence.
 */
export function formatAccessTable(
  nominalId: string,
  accesses: readonly Access[],
): string {
  if (accesses.length === 0) return `No recorded access to ${nominalId}.\n`;
  const rows = accesses.map(toRow);
  const widths = COLUMNS.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const lines = [
    `Accesses to ${nominalId}: ${accesses.length}`,
    '',
    formatRow([...COLUMNS], widths),
  ];
  accesses.forEach((access, index) => {
    lines.push(formatRow(rows[index] ?? [], widths));
    lines.push(`    justification: ${access.justification ?? '(none given)'}`);
    lines.push(...describeShown(access.shown).map((line) => `    ${line}`));
  });
  return `${lines.join('\n')}\n`;
}

function toRow(access: Access): string[] {
  const { actor } = access;
  return [
    access.time,
    actor.name === undefined ? actor.sub : `${actor.name} (${actor.sub})`,
    `${actor.agency} / ${actor.unit}`,
    access.purpose ?? '(none)',
    access.service,
    access.processing,
    access.outcome,
  ];
}

function formatRow(
  cells: readonly string[],
  widths: readonly number[],
): string {
  return cells
    .map((cell, column) => cell.padEnd(widths[column] ?? 0))
    .join('  ')
    .trimEnd();
}

function describeShown(shown: readonly AuditDisclosure[]): string[] {
  if (shown.length === 0) return ['shown: nothing recorded per category'];
  return shown.map((disclosure) => {
    const parts = (['released', 'summarised', 'held', 'withheld'] as const)
      .filter(
        (level) => disclosure.counts[level] > 0 || disclosure[level].length > 0,
      )
      .map(
        (level) =>
          `${level} ${disclosure.counts[level]} (${disclosure[level].join(', ') || '-'})`,
      );
    const reasons = disclosure.reasons?.length
      ? ` [${disclosure.reasons.join(', ')}]`
      : '';
    return `shown: ${disclosure.owner} ${disclosure.category}: ${parts.join('; ') || 'nothing'}${reasons}`;
  });
}
