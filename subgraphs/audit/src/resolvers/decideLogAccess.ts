import { type LookupDecision } from '@marsoc/platform';
import { rankDisclosure } from '@marsoc/schema';
import { type AuditContext } from '../context';

/**
 * The caller's decision for the audit log as a whole: the lowest decision on
 * any of its marked fields, asked of the request's enforcement like every other
 * root lookup. The log is released whole or not at all, decided before it is
 * read, so a caller who may not see it learns nothing from it, not even how
 * many accesses there were (which a list of nulled entries would show). The
 * start-up check has already proved every field marked.
 */
export function decideLogAccess(context: AuditContext): LookupDecision {
  const { enforcement } = context;
  let lowest: LookupDecision | undefined;
  for (const coordinate of enforcement.markedCoordinates) {
    const judged = enforcement.decideLookup(coordinate, 'FULL');
    if (
      lowest === undefined ||
      rankDisclosure(judged.decision.level) <
        rankDisclosure(lowest.decision.level)
    )
      lowest = judged;
  }
  if (lowest === undefined)
    throw new Error('the audit schema has no marked fields');
  return lowest;
}
