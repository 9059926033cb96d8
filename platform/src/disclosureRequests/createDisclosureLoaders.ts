import type DataLoader from 'dataloader';
import { createListLoader } from '../loaders';
import { type DisclosureGrantRecord } from '../grants';
import { type RequestHistoryEvent } from './DisclosureRequestRepository';
import {
  findOwnerDesks,
  type OwnerDeskOptions,
  type OwnerDesks,
} from './findOwnerDesks';
import { type OwnerDisclosureStore } from './OwnerDisclosureStore';

/** What an owner-serving subgraph's loaders carry for its disclosures. */
export interface DisclosureLoaders extends OwnerDesks {
  /** The owners' grants by nominal, for their own disclosure officers to list. */
  disclosureGrants: DataLoader<string, DisclosureGrantRecord[]>;
  /** A request's stored events by request id, for its history. */
  requestHistory: DataLoader<string, RequestHistoryEvent[]>;
}

/**
 * Fresh per request, like every loader: the two reads batched by key, and the
 * desks (not loaders: the one way a resolver writes, kept here because the
 * loaders are the resolvers' only handle on the store).
 */
export function createDisclosureLoaders(
  store: OwnerDisclosureStore,
  options: OwnerDeskOptions,
): DisclosureLoaders {
  return {
    disclosureGrants: createListLoader(
      (ids) => store.findGrantsByNominalIds(ids),
      (grant) => grant.nominalId,
    ),
    requestHistory: createListLoader(
      (ids) => store.findEventsByRequestIds(ids),
      (event) => event.requestId,
    ),
    ...findOwnerDesks(store, options),
  };
}
