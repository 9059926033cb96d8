import { type LookupDecision } from '@marsoc/platform';
import { type RecordMarking } from '@marsoc/schema';
import { type ApmisContext } from '../context';

/**
 * The record marking APMIS puts on a nominal and on the rows it resolves from
 * it: the regions whose MARSOC forums the nominal has been put to. The register
 * opens identity and cohort status to DWP only where one of them is the
 * officer's own (marsoc-identity-cohort-to-dwp-in-region; seed 000 E633-E635);
 * for everyone else the marking changes nothing. A nominal never nominated
 * has none, so the condition fails closed.
 */
export async function markNominatedRegions(
  context: ApmisContext,
  nominalId: string,
): Promise<RecordMarking> {
  const membership = await context.loaders.cohortMembership.load(nominalId);
  return { nominatedRegions: membership ? [membership.region] : [] };
}

/**
 * A root lookup for a caller whose only way to the master-list entry is that
 * record condition (a DWP officer): the nominal, if it is on the list and was
 * put to a forum in the caller's region; otherwise undefined, and the caller
 * is refused exactly as for an id nobody holds. Both are read for every id, so
 * the refusal costs the same whether the nominal exists or not.
 */
export async function findNominatedInCallerRegion(
  context: ApmisContext,
  coordinate: string,
  lookup: LookupDecision,
  id: string,
): Promise<{ id: string; marking: RecordMarking } | undefined> {
  const [row, marking] = await Promise.all([
    context.loaders.nominalRecord.load(id),
    markNominatedRegions(context, id),
  ]);
  const decision = context.enforcement.table.record({
    field: lookup.decision,
    marking: lookup.marking,
    record: marking,
    now: context.enforcement.now,
  });
  if (row === null || decision.level !== 'FULL') return undefined;
  // Audited as any released lookup is: against the nominal, by coordinate.
  context.enforcement.recorder.record(
    row.nominalId,
    lookup.marking.owner,
    lookup.marking.category,
    coordinate,
    decision,
    [lookup.marking.classification],
  );
  return { id: row.nominalId, marking };
}
