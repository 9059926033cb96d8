import { type PoliceContext } from '../context';
import {
  type PoliceAliasRow,
  type PoliceNominalRow,
} from '../repository/PoliceRepository';

export const PoliceIdentity = {
  pncId: (identity: PoliceNominalRow): string => identity.pncId,
  croNumber: (identity: PoliceNominalRow): string => identity.croNumber,
  aliases: (
    identity: PoliceNominalRow,
    _args: unknown,
    context: PoliceContext,
  ): Promise<PoliceAliasRow[]> =>
    context.loaders.aliases.load(identity.nominalId),
};
