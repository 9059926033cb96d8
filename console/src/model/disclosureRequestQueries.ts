import {
  listRequestSources,
  type RequestOperationNames,
} from './disclosureRequestOperations';

/** A disclosure request as the requester and the owner's officers read it. */
export interface DisclosureRequestView {
  __typename?: string;
  id: string;
  owner: string;
  nominalId: string;
  category: string;
  status: string;
  urgency: string;
  urgencyReason: string | null;
  purpose: string;
  justification: string;
  forRegion: string | null;
  forUnit: string | null;
  requestedBy: string;
  requesterAgency: string;
  raisedAt: string;
  respondBy: string | null;
  closedAt: string | null;
  legalBasis: string | null;
  reason: string | null;
  grantLevel: string | null;
  grantExpiresAt: string | null;
  grantRegions: string[] | null;
  grantUnits: string[] | null;
}

/** One entry of an owner's closed list of legal bases. */
export interface LegalBasisView {
  __typename?: string;
  id: string;
  statute: string;
  provision: string;
  description: string;
  purposes: string[];
  recipients: string[] | null;
}

// __typename lets the page's banner find each field's marking.
const REQUEST_FIELDS = `__typename id owner nominalId category status urgency
  urgencyReason purpose justification forRegion forUnit requestedBy
  requesterAgency raisedAt respondBy closedAt legalBasis reason grantLevel
  grantExpiresAt grantRegions grantUnits`;

/** The most a list answers at once (the API's own bound). */
const LIST_LIMIT = 500;

export function createRaiseMutation(names: RequestOperationNames): string {
  return `mutation RaiseDisclosureRequest($input: ${names.raiseInput}!) {
    request: ${names.raise}(input: $input) { ${REQUEST_FIELDS} }
  }`;
}

/** Every owner's list in one operation, each list field once, under an alias of its own. */
export function createRequesterListQuery(): string {
  const lists = listRequestSources().map(
    (source, index) =>
      `list${index}: ${source.list}(limit: ${LIST_LIMIT}) { ${REQUEST_FIELDS} }`,
  );
  return `query MyDisclosureRequests { ${lists.join(' ')} }`;
}

/**
 * The lists' answers merged: each list keeps only the owners it serves, so an
 * owner is never shown twice, and the newest request comes first.
 */
export function mergeRequesterLists(
  data: Record<string, DisclosureRequestView[] | null> | null | undefined,
): DisclosureRequestView[] {
  const merged = listRequestSources().flatMap((source, index) =>
    (data?.[`list${index}`] ?? []).filter((request) =>
      source.owners.includes(request.owner),
    ),
  );
  return merged.sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
}

/**
 * An owner's pending queue and the legal bases a decision may name; `$owner`
 * only where the owner's fields take it (queueVariables gives it then).
 */
export function createQueueQuery(names: RequestOperationNames): string {
  const [declared, owner] = names.takesOwner
    ? ['($owner: String!)', 'owner: $owner, ']
    : ['', ''];
  const bases = names.takesOwner ? '(owner: $owner)' : '';
  return `query DisclosureQueue${declared} {
    requests: ${names.list}(${owner}status: PENDING, limit: ${LIST_LIMIT}) { ${REQUEST_FIELDS} }
    legalBases: ${names.legalBases}${bases} {
      __typename id statute provision description purposes recipients
    }
  }`;
}

/** The queue query's variables: the owner where its fields take one. */
export function queueVariables(
  names: RequestOperationNames,
  owner: string,
): Record<string, string> {
  return names.takesOwner ? { owner } : {};
}

export function createDecideMutation(names: RequestOperationNames): string {
  return `mutation DecideDisclosureRequest($id: ID!, $decision: ${names.decisionType}!,
    $legalBasis: String, $expiresAt: String, $reason: String,
    $regions: [String!], $units: [String!], $allUnits: Boolean) {
    request: ${names.decide}(id: $id, decision: $decision, legalBasis: $legalBasis,
      expiresAt: $expiresAt, reason: $reason, regions: $regions, units: $units,
      allUnits: $allUnits) { ${REQUEST_FIELDS} }
  }`;
}

export function createWithdrawMutation(names: RequestOperationNames): string {
  return `mutation WithdrawDisclosureRequest($id: ID!) {
    request: ${names.withdraw}(id: $id) { ${REQUEST_FIELDS} }
  }`;
}

export function createReopenMutation(names: RequestOperationNames): string {
  return `mutation ReopenDisclosureRequest($id: ID!, $justification: String!) {
    request: ${names.reopen}(id: $id, justification: $justification) { ${REQUEST_FIELDS} }
  }`;
}

/**
 * The bases that can serve this request: on the owner's list, for the
 * purpose it was raised for, and (where the basis names them) for the
 * requester's agency. The decision is still checked by the owner's service.
 */
export function findServingBases(
  bases: readonly LegalBasisView[],
  request: DisclosureRequestView,
): LegalBasisView[] {
  return bases.filter(
    (basis) =>
      basis.purposes.includes(request.purpose) &&
      (!basis.recipients || basis.recipients.includes(request.requesterAgency)),
  );
}
