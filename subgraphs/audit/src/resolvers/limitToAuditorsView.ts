import { type Access } from '@marsoc/platform';
import { type Agency } from '@marsoc/schema';

/**
 * What an auditor may read of one access. The gateway's record of the
 * combination holds exactly what the caller was shown, so it is read whole. An
 * owner's own record also notes what it suppressed under NCND; only that owner's
 * auditors may read it, or another agency's auditor could infer, say, an NCA
 * covert interest from a withheld entry. So owner records are cut to the
 * auditor's own agency's entries, and dropped when nothing is left.
 */
export function limitToAuditorsView(
  accesses: readonly Access[],
  auditorAgency: Agency,
): Access[] {
  const visible: Access[] = [];
  for (const access of accesses) {
    if (access.service === 'gateway') {
      visible.push(access);
      continue;
    }
    const shown = access.shown.filter(
      (disclosure) => disclosure.owner === auditorAgency,
    );
    if (shown.length > 0) visible.push({ ...access, shown });
  }
  return visible;
}
