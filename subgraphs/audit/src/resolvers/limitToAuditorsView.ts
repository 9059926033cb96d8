import { type Access } from '@marsoc/platform';
import { type IsEntryVisible } from '../auditView/createAuditView';
import { generaliseAuditLogEntry } from './generaliseAuditLogEntry';
import { generaliseOutcome } from './generaliseOutcome';

/**
 * What an auditor may read of the accesses: every record, the gateway's
 * combination record as much as an owner's own, cut to the (owner, category)
 * entries the register lets this auditor read (createAuditView). The gateway's
 * record names every field released to the caller, so reading it whole would
 * go round the owners' own records. A record left with no visible entry is
 * dropped: its presence alone would say which nominal had hidden data touched.
 * An auditor's own consultation of the log is cut to its root field
 * (generaliseAuditLogEntry). Its outcome is recomputed from what is left (generaliseOutcome); the
 * processing, time, actor and purpose depend on the request, not the data, and
 * the order is the log's (time, request id, service), so neither can differ
 * between a nominal with hidden data and one without. Entries are put in
 * owner then category order: the gateway writes them in the order the owners
 * answered, and which owner answered first is timing, not a fact to show.
 */
export function limitToAuditorsView(
  accesses: readonly Access[],
  isVisible: IsEntryVisible,
): Access[] {
  const visible: Access[] = [];
  for (const access of accesses) {
    const shown = access.shown
      .filter((entry) => isVisible(entry.owner, entry.category))
      .map(generaliseAuditLogEntry)
      .sort(byOwnerThenCategory);
    if (shown.length === 0) continue;
    visible.push({
      ...access,
      outcome: generaliseOutcome(access.outcome, shown),
      shown,
    });
  }
  return visible;
}

function byOwnerThenCategory(
  one: Access['shown'][number],
  two: Access['shown'][number],
): number {
  return (
    one.owner.localeCompare(two.owner) ||
    one.category.localeCompare(two.category)
  );
}
