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

/** Which owners a subgraph serves disclosures for, and how it knows a nominal is theirs. */
export interface OwnerDeskOptions {
  /** The agencies whose data, and so whose grants and requests, the subgraph holds. */
  owners: readonly Agency[];
  /** Whether `owner` holds a record of the nominal; by default, anything of it at all. */
  nominalExists?(nominalId: string, owner: Agency): boolean;
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
 * NCND rules), the request desk approves through that grant desk, so an
 * approval records its grant in the decision's own transaction.
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
  const grants = createDisclosureGrantService({
    repository: store,
    owners: options.owners,
    isCategoryOwnedBy: (category, owner) =>
      rules.categories.get(category)?.owners.includes(owner) ?? false,
    isNcndCategory: (category) => ncnd.has(category),
    nominalExists:
      options.nominalExists ??
      ((nominalId, owner) =>
        store.findHeldCategories(owner, nominalId).size > 0),
  });
  desks = {
    grants,
    requests: createDisclosureRequestService({
      repository: store,
      grants,
      owners: options.owners,
      rules: rules.disclosureRequests,
      forbiddenLevels: (owner) =>
        rules.owners.get(owner)?.forbiddenLevels ?? [],
      findHeldCategories: (owner, nominalId) =>
        store.findHeldCategories(owner, nominalId),
    }),
  };
  built.set(store, desks);
  return desks;
}
