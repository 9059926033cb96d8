import { type Agency, type DataCategory } from '@marsoc/schema';
import { loadRegister, type Register } from '@marsoc/schema/register';
import {
  createDisclosureGrantService,
  type DisclosureGrantService,
  findNcndCategories,
} from '../grants';
import { createDisclosureRequestService } from './createDisclosureRequestService';
import { type DisclosureRequestService } from './DisclosureRequestService';
import { type OwnerDisclosureStore } from './OwnerDisclosureStore';

/** Which owners a subgraph serves disclosures for (the store knows what each holds). */
export interface OwnerDeskOptions {
  /** The agencies whose data, and so whose grants and requests, the subgraph holds. */
  owners: readonly Agency[];
}

/** An owner-serving subgraph's grant desk and request desk over one store. */
export interface OwnerDesks {
  grants: DisclosureGrantService;
  requests: DisclosureRequestService;
}

let register: Register | undefined;
let ncndCategories: ReadonlySet<DataCategory> | undefined;
const built = new WeakMap<OwnerDisclosureStore, OwnerDesks>();

/** The register, read once, on the first desk, from the files the policy engine loads. */
export function readDeskRegister(): Register {
  register ??= loadRegister();
  return register;
}

/**
 * The desks over `store`, built once per store (the register's deadlines and
 * legal bases are checked then; a register without them stops the service):
 * the grant desk judges categories by the register (categories.yaml owners,
 * NCND rules), the request desk approves through a grant desk over the
 * decision's own transaction, so the grant and the decision commit together.
 */
export function findOwnerDesks(
  store: OwnerDisclosureStore,
  options: OwnerDeskOptions,
): OwnerDesks {
  let desks = built.get(store);
  if (desks) return desks;
  const rules = readDeskRegister();
  ncndCategories ??= findNcndCategories(rules.rules);
  const ncnd = ncndCategories;
  const grantsOver = (over: OwnerDisclosureStore) =>
    createDisclosureGrantService({
      repository: over,
      owners: options.owners,
      isCategoryOwnedBy: (category, owner) =>
        rules.categories.get(category)?.owners.includes(owner) ?? false,
      isNcndCategory: (category) => ncnd.has(category),
      nominalExists: (nominalId, owner) =>
        over.isNominalHeldBy(nominalId, owner),
    });
  desks = {
    grants: grantsOver(store),
    requests: createDisclosureRequestService({
      store,
      grantsOver,
      owners: options.owners,
      rules: rules.disclosureRequests,
      forbiddenLevels: (owner) =>
        rules.owners.get(owner)?.forbiddenLevels ?? [],
    }),
  };
  built.set(store, desks);
  return desks;
}
