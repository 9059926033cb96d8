import type DataLoader from 'dataloader';
import { type GraphQLResolveInfo, isObjectType } from 'graphql';
import { type PoliceContext } from '../context';
import {
  type PoliceIdentifierLink,
  type PoliceNominalRow,
} from '../repository/PoliceRepository';

type IdentifierField = 'pncId' | 'croNumber';

/**
 * Resolves PoliceIdentity.<field> through its enforced resolver, so a lookup by
 * an identifier obeys exactly the rule that decides whether the caller may see
 * that identifier (and is recorded as a disclosure of it).
 */
function resolveEnforcedIdentifier(
  field: IdentifierField,
  row: PoliceNominalRow,
  context: PoliceContext,
  info: GraphQLResolveInfo,
): unknown {
  const type = info.schema.getType('PoliceIdentity');
  const resolve = isObjectType(type)
    ? type.getFields()[field]?.resolve
    : undefined;
  if (!resolve) throw new Error(`PoliceIdentity.${field} cannot be resolved`);
  return resolve(row, {}, context, info);
}

/**
 * The nominal an identifier names, only if the caller may see that identifier
 * in full. NCND answers as an unknown identifier does; WITHHELD raises the same
 * error the identifier field would.
 */
async function findNominalByIdentifier(
  identifier: string,
  field: IdentifierField,
  links: DataLoader<string, PoliceIdentifierLink | null>,
  context: PoliceContext,
  info: GraphQLResolveInfo,
): Promise<{ id: string } | null> {
  const link = await links.load(identifier);
  const row = link ? await context.loaders.nominal.load(link.nominalId) : null;
  if (!row) return null;
  const released = await resolveEnforcedIdentifier(field, row, context, info);
  return released === identifier ? { id: row.nominalId } : null;
}

export const Query = {
  nominalByPncId: (
    _root: unknown,
    args: { pncId: string },
    context: PoliceContext,
    info: GraphQLResolveInfo,
  ) =>
    findNominalByIdentifier(
      args.pncId,
      'pncId',
      context.loaders.nominalByPncId,
      context,
      info,
    ),
  nominalByCroNumber: (
    _root: unknown,
    args: { croNumber: string },
    context: PoliceContext,
    info: GraphQLResolveInfo,
  ) =>
    findNominalByIdentifier(
      args.croNumber,
      'croNumber',
      context.loaders.nominalByCroNumber,
      context,
      info,
    ),
};
