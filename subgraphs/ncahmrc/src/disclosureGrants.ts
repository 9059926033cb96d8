import {
  createDisclosureGrantService,
  type DisclosureGrantService,
} from '@marsoc/platform/src/grants';
import { type Agency, type DataCategory } from '@marsoc/schema';
import {
  type CategoryDefinition,
  loadRegister,
} from '@marsoc/schema/src/register';
import { type NcaHmrcRepository } from './repository/NcaHmrcRepository';

/** The owners whose data, and so whose grants, this subgraph holds. */
export const NCA_HMRC_OWNERS: readonly Agency[] = ['HMRC', 'NCA'];

let categories: ReadonlyMap<DataCategory, CategoryDefinition> | undefined;

/**
 * Whether the register's categories.yaml lets `owner` own `category`. Read once,
 * on the first grant, from the same register files the policy engine loads.
 */
export function isCategoryOwnedBy(
  category: DataCategory,
  owner: Agency,
): boolean {
  categories ??= loadRegister().categories;
  return categories.get(category)?.owners.includes(owner) ?? false;
}

/** The owners' grant desk over this subgraph's store. */
export function createNcaHmrcGrantService(
  repository: NcaHmrcRepository,
): DisclosureGrantService {
  return createDisclosureGrantService({
    repository,
    owners: NCA_HMRC_OWNERS,
    isCategoryOwnedBy,
    nominalExists: (nominalId, owner) =>
      repository.isNominalHeldBy(nominalId, owner),
  });
}
