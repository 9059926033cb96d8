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

/** A row carrying its nominal's marking, so that its own fields are judged alike. */
async function withMarking<Row extends object>(
  context: ApmisContext,
  nominal: NominalReference,
  row: Row | null,
): Promise<(Row & { marking: RecordMarking }) | null> {
  if (row === null) return null;
  const marking =
    nominal.marking ?? (await markNominatedRegions(context, nominal.id));
  return { ...row, marking };
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
