import type DataLoader from 'dataloader';
import { resolveHolderLookup } from '@marsoc/platform';
import { type PoliceContext } from '../context';
import { type PoliceIdentifierLink } from '../repository/PoliceRepository';

type IdentifierField = 'pncId' | 'croNumber';

/**
 * The nominal a police identifier names. Answering confirms the identifier
 * itself, so the lookup needs exactly what showing that identifier needs:
 * the police record, its identity and the identifier, each in FULL (a summary
 * names no one). Any caller below
 * that is answered before police data is read, the same for a held identifier
 * as for a made-up one: null under NCND, otherwise null with WITHHELD.
 */
function findNominalByIdentifier(
  context: PoliceContext,
  field: IdentifierField,
  identifier: string,
  links: DataLoader<string, PoliceIdentifierLink | null>,
): Promise<{ id: string } | null> {
  return resolveHolderLookup(context.enforcement, {
    coordinate:
      field === 'pncId' ? 'Query.nominalByPncId' : 'Query.nominalByCroNumber',
    governedBy: [
      'Nominal.police',
      'PoliceRecord.identity',
      `PoliceIdentity.${field}`,
    ],
    least: 'FULL',
    findNominalId: async () => {
      const link = await links.load(identifier);
      return link?.nominalId ?? null;
    },
  });
}

export const Query = {
  nominalByPncId: (
    _root: unknown,
    args: { pncId: string },
    context: PoliceContext,
  ) =>
    findNominalByIdentifier(
      context,
      'pncId',
      args.pncId,
      context.loaders.nominalByPncId,
    ),
  nominalByCroNumber: (
    _root: unknown,
    args: { croNumber: string },
    context: PoliceContext,
  ) =>
    findNominalByIdentifier(
      context,
      'croNumber',
      args.croNumber,
      context.loaders.nominalByCroNumber,
    ),
};
