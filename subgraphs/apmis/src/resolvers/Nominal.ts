import { type RecordMarking } from '@marsoc/schema';
import { type ApmisContext } from '../context';
import { markNominatedRegions } from './nominatedRegions';

/**
 * What APMIS resolves a Nominal to; its fields load through the request's
 * loaders. The marking names the regions the nominal was put to a forum in,
 * judged per record by the register (DWP's regional condition).
 */
export interface NominalReference {
  id: string;
  marking?: RecordMarking;
}

/**
 * A row carrying its nominal's marking, and so do the records nested in it (a
 * nomination's forum decision, deselection and exit), so that their own fields
 * are judged alike.
 */
async function withMarking<Row extends object>(
  context: ApmisContext,
  nominal: NominalReference,
  row: Row | null,
): Promise<(Row & { marking: RecordMarking }) | null> {
  if (row === null) return null;
  const marking =
    nominal.marking ?? (await markNominatedRegions(context, nominal.id));
  // Added to any marking a record already carries, never in place of it.
  const merge = (record: object): RecordMarking => ({
    ...((record as { marking?: RecordMarking }).marking ?? {}),
    nominatedRegions: marking.nominatedRegions,
  });
  const marked: Record<string, unknown> = { ...row, marking: merge(row) };
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      marked[key] = { ...value, marking: merge(value) };
  }
  return marked as Row & { marking: RecordMarking };
}

export const Nominal = {
  /** Batched: the marking's lookup goes through the request's cohort loader. */
  async __resolveReference(
    reference: NominalReference,
    context: ApmisContext,
  ): Promise<NominalReference> {
    return {
      id: reference.id,
      marking: await markNominatedRegions(context, reference.id),
    };
  },
  apmis: async (nominal: NominalReference, _: unknown, context: ApmisContext) =>
    withMarking(
      context,
      nominal,
      await context.loaders.nominalRecord.load(nominal.id),
    ),
  socThreats: (nominal: NominalReference, _: unknown, context: ApmisContext) =>
    context.loaders.socThreats.load(nominal.id),
  disruptions: (nominal: NominalReference, _: unknown, context: ApmisContext) =>
    context.loaders.disruptions.load(nominal.id),
  cohort: async (
    nominal: NominalReference,
    _: unknown,
    context: ApmisContext,
  ) =>
    withMarking(
      context,
      nominal,
      await context.loaders.cohortMembership.load(nominal.id),
    ),
};
