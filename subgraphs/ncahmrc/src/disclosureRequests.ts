import {
  createDisclosureRequestService,
  type DisclosureRequestService,
} from '@marsoc/platform/disclosure-requests';
import {
  createNcaHmrcGrantService,
  NCA_HMRC_OWNERS,
  readRegister,
} from './disclosureGrants';
import { type NcaHmrcRepository } from './repository/NcaHmrcRepository';

const services = new WeakMap<NcaHmrcRepository, DisclosureRequestService>();

/**
 * The owners' request desk over this subgraph's store: built once per store
 * (the register's deadlines and legal bases are checked then), with the grant
 * desk over the same store, so an approval records its grant in the decision's
 * own transaction.
 */
export function findNcaHmrcRequestService(
  repository: NcaHmrcRepository,
): DisclosureRequestService {
  let service = services.get(repository);
  if (!service) {
    const register = readRegister();
    service = createDisclosureRequestService({
      repository,
      grants: createNcaHmrcGrantService(repository),
      owners: NCA_HMRC_OWNERS,
      rules: register.disclosureRequests,
      forbiddenLevels: (owner) =>
        register.owners.get(owner)?.forbiddenLevels ?? [],
      findHeldCategories: (owner, nominalId) =>
        repository.findHeldCategories(owner, nominalId),
    });
    services.set(repository, service);
  }
  return service;
}
