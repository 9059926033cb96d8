import { type ApmisContext } from '../context';

/** What APMIS resolves a Nominal to; its fields load through the request's loaders. */
export interface NominalReference {
  id: string;
}

export const Nominal = {
  /** Cheap on purpose: the gateway asks for many at once and fields batch later. */
  __resolveReference(reference: NominalReference): NominalReference {
    return { id: reference.id };
  },
  apmis: (nominal: NominalReference, _: unknown, context: ApmisContext) =>
    context.loaders.nominalRecord.load(nominal.id),
  socThreats: (nominal: NominalReference, _: unknown, context: ApmisContext) =>
    context.loaders.socThreats.load(nominal.id),
  disruptions: (nominal: NominalReference, _: unknown, context: ApmisContext) =>
    context.loaders.disruptions.load(nominal.id),
  cohort: (nominal: NominalReference, _: unknown, context: ApmisContext) =>
    context.loaders.cohortMembership.load(nominal.id),
};
