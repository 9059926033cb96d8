import {
  createDisclosureGrantService,
  type DisclosureGrantService,
  findNcndCategories,
} from '@marsoc/platform/grants';
import { type Agency, type DataCategory } from '@marsoc/schema';
import { loadRegister, type Register } from '@marsoc/schema/register';
import { type NcaHmrcRepository } from './repository/NcaHmrcRepository';

/** The owners whose data, and so whose grants, this subgraph holds. */
export const NCA_HMRC_OWNERS: readonly Agency[] = ['HMRC', 'NCA'];

let ncndCategories: ReadonlySet<DataCategory> | undefined;
let register: Register | undefined;

/** Read once, on the first grant or request, from the same files the policy engine loads. */
export function readRegister(): Register {
  register ??= loadRegister();
  return register;
}

/** Whether the register's categories.yaml lets `owner` own `category`. */
export function isCategoryOwnedBy(
  category: DataCategory,
  owner: Agency,
): boolean {
  return (
    readRegister().categories.get(category)?.owners.includes(owner) ?? false
  );
}

/** Whether a register rule holds `category` at neither confirm nor deny. */
export function isNcndCategory(category: DataCategory): boolean {
  ncndCategories ??= findNcndCategories(readRegister().rules);
  return ncndCategories.has(category);
}

/** The owners' grant desk over this subgraph's store. */
export function createNcaHmrcGrantService(
  repository: NcaHmrcRepository,
): DisclosureGrantService {
  return createDisclosureGrantService({
    repository,
    owners: NCA_HMRC_OWNERS,
    isCategoryOwnedBy,
    isNcndCategory,
    nominalExists: (nominalId, owner) =>
      repository.isNominalHeldBy(nominalId, owner),
  });
}
