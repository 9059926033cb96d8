import { type AuditDisclosure } from '@marsoc/platform';

const ROOT_FIELD = /^Query\./;

/**
 * An audit-of-the-audit entry (category AUDIT_LOG) as another auditor reads
 * it: which root field was asked and at what level, never the row fields. The
 * audit subgraph records every field it resolved, and a row field appears only
 * when that auditor's own answer had a row, so the full list would tell a MARSOC
 * auditor whether, say, an NCA auditor found anything (NCA entries included) on
 * the nominal. Every other entry is returned as it is.
 */
export function generaliseAuditLogEntry(
  entry: AuditDisclosure,
): AuditDisclosure {
  if (entry.category !== 'AUDIT_LOG') return entry;
  const keep = (coordinates: readonly string[]) =>
    coordinates.filter((coordinate) => ROOT_FIELD.test(coordinate));
  const released = keep(entry.released);
  const summarised = keep(entry.summarised);
  const held = keep(entry.held);
  const withheld = keep(entry.withheld);
  return {
    ...entry,
    released,
    summarised,
    held,
    withheld,
    counts: {
      released: released.length,
      summarised: summarised.length,
      held: held.length,
      withheld: withheld.length,
    },
  };
}
