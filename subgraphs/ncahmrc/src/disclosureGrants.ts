import {
  findOwnerDesks,
  type OwnerDesks,
  readDeskRegister,
} from '@marsoc/platform/disclosure-requests';
import { type DisclosureGrantService } from '@marsoc/platform/grants';
import { type Agency } from '@marsoc/schema';
import { type Register } from '@marsoc/schema/register';
import { type NcaHmrcRepository } from './repository/NcaHmrcRepository';

/** The owners whose data, and so whose grants, this subgraph holds. */
export const NCA_HMRC_OWNERS: readonly Agency[] = ['HMRC', 'NCA'];

/** Read once, on the first grant or request, from the same files the policy engine loads. */
export function readRegister(): Register {
  return readDeskRegister();
}

/** Both owners' grant and request desks over this subgraph's store (platform's findOwnerDesks). */
export function findNcaHmrcDesks(repository: NcaHmrcRepository): OwnerDesks {
  return findOwnerDesks(repository, { owners: NCA_HMRC_OWNERS });
}

/** The owners' grant desk over this subgraph's store. */
export function createNcaHmrcGrantService(
  repository: NcaHmrcRepository,
): DisclosureGrantService {
  return findNcaHmrcDesks(repository).grants;
}
