import { type DisclosureRequestRecord } from './DisclosureRequestRecord';
import { type DisclosureRequestRepository } from './DisclosureRequestRepository';

/** Request ids are short opaque tokens; anything longer is not one. */
const REQUEST_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The request with this id, if the caller may act on it (`isTheirs`): another
 * owner's request, or another requester's, reads exactly as an unknown id, so
 * its existence is never confirmed.
 */
export async function findRequest(
  repository: DisclosureRequestRepository,
  id: unknown,
  isTheirs: (request: DisclosureRequestRecord) => boolean,
): Promise<DisclosureRequestRecord | null> {
  if (typeof id !== 'string' || !REQUEST_ID.test(id)) return null;
  const request = await repository.findRequestById(id);
  return request && isTheirs(request) ? request : null;
}
