import type DataLoader from 'dataloader';
import { resolveHolderLookup } from '@marsoc/platform';
import { type HmppsContext } from '../context';
import { type NominalReferenceRow } from '../repository/HmppsRepository';

export interface NominalLookup {
  /** The root field asked, e.g. `Query.nominalByPrisonNumber` (recorded, never its argument). */
  coordinate: string;
  /** The marked fields from the nominal down to the reference (REFERENCE_GOVERNANCE). */
  governedBy: readonly string[];
  reference: string;
  holders: DataLoader<string, NominalReferenceRow[]>;
}

/**
 * Resolves an HMPPS reference (prison number, CRN) to its nominal. Answering
 * shows the reference as that nominal's, so the lookup is released exactly as
 * the reference itself is: a caller who may see it in full gets the nominal;
 * anyone else is answered before HMPPS data is read, the same whether or not
 * the reference is held (WITHHELD, or under NCND what an unknown reference
 * gets). A reference two nominals share is ambiguous and resolves to no one.
 */
export function resolveNominalLookup(
  context: HmppsContext,
  lookup: NominalLookup,
): Promise<{ id: string } | null> {
  return resolveHolderLookup(context.enforcement, {
    coordinate: lookup.coordinate,
    governedBy: lookup.governedBy,
    least: 'FULL',
    findNominalId: async () => {
      const holders = await lookup.holders.load(lookup.reference);
      return holders.length === 1 ? (holders[0]?.nominalId ?? null) : null;
    },
  });
}
