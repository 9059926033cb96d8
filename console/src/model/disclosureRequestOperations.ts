/**
 * Where each owner's disclosure requests are served: every owner answers in
 * its own subgraph under root fields of its own (federation lets one subgraph
 * own a root field), so the console asks the owner's own fields. HMRC and the
 * NCA share one subgraph and so one set. An owner listed here is one the
 * console offers a request to; add an owner here, and its held cards, the
 * requester's list and its officers' queue follow.
 */
export interface RequestOperationNames {
  /** Raises a request: `(input: <raiseInput>!)`. */
  raise: string;
  raiseInput: string;
  /** Lists the caller's own requests, and an officer's queue: `(status:, owner:, limit:)`. */
  list: string;
  /** Decides one: `(id:, decision: <decisionType>!, legalBasis:, expiresAt:, reason:, regions:, units:, allUnits:)`. */
  decide: string;
  decisionType: string;
  /** `(id:)` */
  withdraw: string;
  /** `(id:, justification:)` */
  reopen: string;
  /** The owner's closed list of legal bases: `(owner:)`. */
  legalBases: string;
}

const NCA_HMRC: RequestOperationNames = {
  raise: 'requestDisclosure',
  raiseInput: 'DisclosureRequestInput',
  list: 'disclosureRequests',
  decide: 'decideDisclosureRequest',
  decisionType: 'DisclosureDecision',
  withdraw: 'withdrawDisclosureRequest',
  reopen: 'reopenDisclosureRequest',
  legalBases: 'disclosureLegalBases',
};

const OPERATIONS: Readonly<Record<string, RequestOperationNames>> = {
  HMRC: NCA_HMRC,
  NCA: NCA_HMRC,
};

/** The owner's request operations; undefined: the console raises none to it yet. */
export function findRequestOperations(
  owner: string,
): RequestOperationNames | undefined {
  return Object.hasOwn(OPERATIONS, owner) ? OPERATIONS[owner] : undefined;
}

/**
 * Each distinct list field once, with the owners it serves: one subgraph
 * serving two owners answers for both in one call.
 */
export function listRequestSources(): { list: string; owners: string[] }[] {
  const sources = new Map<string, string[]>();
  for (const [owner, names] of Object.entries(OPERATIONS))
    sources.set(names.list, [...(sources.get(names.list) ?? []), owner]);
  return [...sources].map(([list, owners]) => ({ list, owners }));
}
