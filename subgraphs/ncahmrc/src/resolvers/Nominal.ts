import { type NcaHmrcContext } from '../context';
import {
  type HmrcInvestigationRow,
  type HmrcRecordRow,
} from '../repository/HmrcRepository';
import {
  type NcaDeconflictionRow,
  type NcaRecordRow,
} from '../repository/NcaRepository';

/** The entity as this subgraph resolves it: the key only; fields load lazily. */
export interface NominalReference {
  id: string;
}

/**
 * The Nominal entity. Resolving a reference costs nothing and looks nothing
 * up, so an unknown id answers exactly as a known one with no records does.
 */
export const Nominal = {
  __resolveReference(reference: NominalReference): NominalReference {
    return { id: reference.id };
  },
  hmrc(
    nominal: NominalReference,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<HmrcRecordRow | null> {
    return context.loaders.hmrcRecord.load(nominal.id);
  },
  /** Apart from `hmrc`, so that a grant of tax never reaches an investigation. */
  hmrcInvestigations(
    nominal: NominalReference,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<HmrcInvestigationRow[]> {
    return context.loaders.investigations.load(nominal.id);
  },
  nca(
    nominal: NominalReference,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<NcaRecordRow | null> {
    return context.loaders.ncaRecord.load(nominal.id);
  },
  /** The same flag as `nca.deconfliction`, through the same loader. */
  ncaDeconfliction(
    nominal: NominalReference,
    _args: unknown,
    context: NcaHmrcContext,
  ): Promise<NcaDeconflictionRow | null> {
    return context.loaders.deconfliction.load(nominal.id);
  },
};
