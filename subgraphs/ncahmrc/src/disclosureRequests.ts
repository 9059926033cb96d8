import { badUserInput } from '@marsoc/platform';
import { type DisclosureRequestService } from '@marsoc/platform/disclosure-requests';
import { type LegalBasis, listLegalBases } from '@marsoc/schema/register';
import {
  findNcaHmrcDesks,
  NCA_HMRC_OWNERS,
  readRegister,
} from './disclosureGrants';
import { type NcaHmrcRepository } from './repository/NcaHmrcRepository';

/**
 * The owners' request desk over this subgraph's store: built once per store
 * (the register's deadlines and legal bases are checked then), with the grant
 * desk over the same store, so an approval records its grant in the decision's
 * own transaction.
 */
export function findNcaHmrcRequestService(
  repository: NcaHmrcRepository,
): DisclosureRequestService {
  return findNcaHmrcDesks(repository).requests;
}

/**
 * One owner's closed list of legal bases, as the register writes it: what the
 * owner's disclosure officer may approve a request under. Only for an owner
 * whose requests this subgraph serves, so no list is shown for a queue that
 * is not here.
 */
export function listNcaHmrcLegalBases(owner: string): LegalBasis[] {
  const served = NCA_HMRC_OWNERS.find((each) => each === owner);
  if (!served)
    throw badUserInput(
      `Legal bases are listed here for ${NCA_HMRC_OWNERS.join(' and ')} only.`,
    );
  return listLegalBases(readRegister().disclosureRequests, served);
}
