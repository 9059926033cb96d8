/**
 * Where each owner's disclosure requests are served: every owner answers in
 * its own subgraph under root fields of its own (federation lets one subgraph
 * own a root field), so the console asks the owner's own fields. HMRC and the
 * NCA share one subgraph and so one set, whose list and legal bases take the
 * owner; the police, HMPPS and MARSOC (in APMIS) each have a subgraph of their
 * own, whose fields stand for that owner alone. An owner listed here is one
 * the console offers a request to; add an owner here, and its held cards, the
 * requester's list and its officers' queue follow.
 */
export interface RequestOperationNames {
  /** Raises a request: `(input: <raiseInput>!)`. */
  raise: string;
  raiseInput: string;
  /** Lists the caller's own requests, and an officer's queue: `(status:, owner:, limit:)`. */
  list: string;
  /** Whether the list and the legal bases take `owner:` (a subgraph serving several owners). */
  takesOwner: boolean;
  /** Decides one: `(id:, decision: <decisionType>!, legalBasis:, expiresAt:, reason:, regions:, units:, allUnits:)`. */
  decide: string;
  decisionType: string;
  /** `(id:)` */
  withdraw: string;
  /** `(id:, justification:)` */
  reopen: string;
  /** The owner's closed list of legal bases: `(owner:)` where it takes one. */
  legalBases: string;
}

/**
 * One desk's names from its prefix, as the subgraphs name them: '' for the
 * NCA/HMRC subgraph (requestDisclosure, disclosureRequests, ...), 'Police'
 * for requestPoliceDisclosure, policeDisclosureRequests, ...
 */
function nameDesk(prefix: string, takesOwner: boolean): RequestOperationNames {
  const noun = (name: string) =>
    prefix === ''
      ? name
      : `${prefix.toLowerCase()}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  return {
    raise: `request${prefix}Disclosure`,
    raiseInput: 'DisclosureRequestInput',
    list: noun('disclosureRequests'),
    takesOwner,
    decide: `decide${prefix}DisclosureRequest`,
    decisionType: 'DisclosureDecision',
    withdraw: `withdraw${prefix}DisclosureRequest`,
    reopen: `reopen${prefix}DisclosureRequest`,
    legalBases: noun('disclosureLegalBases'),
  };
}

const NCA_HMRC = nameDesk('', true);

const OPERATIONS: Readonly<Record<string, RequestOperationNames>> = {
  POLICE: nameDesk('Police', false),
  HMPPS: nameDesk('Hmpps', false),
  NCA: NCA_HMRC,
  HMRC: NCA_HMRC,
  MARSOC: nameDesk('Marsoc', false),
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
