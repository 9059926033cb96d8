import { type AuditDisclosure, type AuditOutcome } from '@marsoc/platform';

/**
 * The outcome as the entries an auditor may read show it, never as recorded.
 * The recorded outcome reflects every entry: a PARTIAL caused only by an HMRC
 * refusal the auditor may not see would tell them HMRC holds something. So an
 * auditor reads DENIED when every visible field was withheld, PARTIAL when any
 * was held or withheld, else SUCCESS. Only ERROR (no data, and a fault rather
 * than a refusal) is kept, since it is the service's failure, not the data's.
 * The cost: a PARTIAL caused by something with no entry (a subgraph down)
 * shows as SUCCESS; the raw log (`npm run audit -- who-accessed`) keeps it.
 */
export function generaliseOutcome(
  recorded: AuditOutcome,
  visible: readonly AuditDisclosure[],
): AuditOutcome {
  if (recorded === 'ERROR') return 'ERROR';
  let shown = 0;
  let refused = 0;
  for (const entry of visible) {
    shown +=
      entry.released.length + entry.summarised.length + entry.held.length;
    refused += entry.held.length + entry.withheld.length;
  }
  if (shown === 0 && refused > 0) return 'DENIED';
  return refused > 0 ? 'PARTIAL' : 'SUCCESS';
}
