import { type PoliceContext } from '../context';
import {
  type PoliceAliasRow,
  type PoliceNominalRow,
} from '../repository/PoliceRepository';

export const PoliceIdentity = {
  // Explicit, not the default resolver: the root lookups call these through the
  // enforcement with their own resolve info (see Query.ts).
  pncId: (identity: PoliceNominalRow): string => identity.pncId,
  croNumber: (identity: PoliceNominalRow): string => identity.croNumber,
  aliases: (
    identity: PoliceNominalRow,
    _args: unknown,
    context: PoliceContext,
  ): Promise<PoliceAliasRow[]> =>
    context.loaders.aliases.load(identity.nominalId),
};
