import {
  type Agency,
  type Caller,
  type DataCategory,
  type PolicyEngine,
  type RequestPurpose,
} from '@marsoc/schema';
import { type Register } from '@marsoc/schema/register';
import { findNcndCategories } from './findNcndCategories';

/** Whether an auditor may read one (owner, category) entry of an audit record. */
export type IsEntryVisible = (owner: Agency, category: DataCategory) => boolean;

/** The auditors' view of the access audit, as the register expresses it. */
export interface AuditView {
  /** The entries `auditor`, asking under `purpose`, may read. */
  forAuditor(
    auditor: Caller,
    purpose: RequestPurpose | undefined,
  ): IsEntryVisible;
}

/** The category an owner's entries in the access audit are decided under. */
const AUDIT_LOG = 'AUDIT_LOG';

/**
 * How the register expresses the auditors' view (issue 10; DPA 2018 s.62(4)):
 *
 * - An auditor reads their own agency's entries whole: an owner audits its own
 *   disclosures, NCND suppressions included.
 * - Nothing of a category the register ever answers NCND for reaches another
 *   agency's auditor.
 * - Any other entry is shown only when the real policy engine, asked for the
 *   auditor with the request's purpose about the owner's AUDIT_LOG (what the
 *   log says about that owner's data), answers FULL. Each owner's register file
 *   says which agencies' auditors that is (police.yaml and hmpps.yaml open
 *   theirs to each other's and MARSOC's auditors under their MoU; nca.yaml and
 *   hmrc.yaml forbid it). It is a question of its own, not the owner's data
 *   category: an auditor who may read that a field was shown still may not read
 *   the field (the `*-auditors-no-nominal-data` rules).
 * - Below FULL means not shown: which fields land in a record at all depends on
 *   the owner's data, so no SUMMARY or EXISTENCE form of an entry exists that
 *   says nothing about it. Default deny: an owner without a register file, an
 *   unknown category or an engine error hides the entry.
 */
export function createAuditView(
  register: Register,
  policy: PolicyEngine,
): AuditView {
  const ncnd = findNcndCategories(register);
  return {
    forAuditor(auditor, purpose) {
      const byOwner = new Map<Agency, boolean>();
      const isOwnerOpen = (owner: Agency): boolean => {
        let open = byOwner.get(owner);
        if (open === undefined) {
          open =
            purpose !== undefined &&
            policy.decide(auditor, purpose, {
              owner,
              category: AUDIT_LOG,
              classification: 'OFFICIAL_SENSITIVE',
            }).level === 'FULL';
          byOwner.set(owner, open);
        }
        return open;
      };
      return (owner, category) => {
        if (owner === auditor.agency) return true;
        if (!register.owners.has(owner)) return false;
        if (!register.categories.has(category)) return false;
        if (ncnd.get(owner)?.has(category) === true) return false;
        return isOwnerOpen(owner);
      };
    },
  };
}
