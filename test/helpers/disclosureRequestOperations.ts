import { createOwnerAuditPlugin, createSilentLogger } from '@marsoc/platform';
import { type RecordingSink } from '@marsoc/platform/testing';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { loadRegister } from '@marsoc/schema/register';
import { ncahmrcSubgraph } from '@marsoc/subgraph-ncahmrc';
import { openNcaHmrcRepository } from '@marsoc/subgraph-ncahmrc/testing';
import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from './inProcessSupergraph';

/** Every field of a request, as the tests read it back. */
const REQUEST_FIELDS = `id owner nominalId category status urgency urgencyReason
  purpose justification forRegion forUnit requestedBy requesterAgency
  clientRequestId raisedAt pendingSince respondBy closedAt closedBy legalBasis
  reason grantId grantLevel grantExpiresAt grantRegions grantUnits`;

export const RAISE = `mutation Raise($input: DisclosureRequestInput!) {
  requestDisclosure(input: $input) { ${REQUEST_FIELDS} }
}`;
export const DECIDE = `mutation Decide($id: ID!, $decision: DisclosureDecision!,
  $legalBasis: String, $expiresAt: String, $reason: String, $regions: [String!],
  $units: [String!], $allUnits: Boolean) {
  decideDisclosureRequest(id: $id, decision: $decision, legalBasis: $legalBasis,
    expiresAt: $expiresAt, reason: $reason, regions: $regions, units: $units,
    allUnits: $allUnits) { ${REQUEST_FIELDS} }
}`;
export const WITHDRAW = `mutation Withdraw($id: ID!) {
  withdrawDisclosureRequest(id: $id) { id status closedAt closedBy }
}`;
export const REOPEN = `mutation Reopen($id: ID!, $justification: String!) {
  reopenDisclosureRequest(id: $id, justification: $justification) {
    id status justification pendingSince respondBy closedAt reason
  }
}`;
export const LIST = `query Requests($status: DisclosureRequestStatus, $owner: String) {
  disclosureRequests(status: $status, owner: $owner) { ${REQUEST_FIELDS} }
}`;
const FIGURE_FIELDS = `region raised reopened decided approved partiallyApproved
  declined withdrawn expired medianHoursToDecision p90HoursToDecision grantsUsed`;
export const FIGURES = `query Figures($owner: String!, $from: String!, $to: String!) {
  disclosureRequestFigures(owner: $owner, from: $from, to: $to) {
    total { ${FIGURE_FIELDS} }
    byRegion { ${FIGURE_FIELDS} }
  }
}`;

/** A request as the tests read it (every field the type has). */
export interface RequestView {
  id: string;
  status: string;
  nominalId: string;
  category: string;
  reason: string | null;
  grantId: string | null;
  grantRegions: string[] | null;
  grantUnits: string[] | null;
  [field: string]: unknown;
}

/**
 * The whole system in process on `clock`, with the NCA/HMRC subgraph's own
 * audit (its mutations classified as in service) kept in `sink`.
 */
export function createRequestSystem(
  sink: RecordingSink,
  clock: () => Date,
): Promise<InProcessSupergraph> {
  const plugin = createOwnerAuditPlugin({
    sink,
    service: ncahmrcSubgraph.name,
    registerVersion: loadRegister().version,
    log: createSilentLogger(),
    collectingMutations: ncahmrcSubgraph.collectingMutations,
  });
  return createInProcessSupergraph({
    clock,
    subgraphPluginsFor: (name) =>
      name === ncahmrcSubgraph.name ? [plugin] : [],
  });
}

/** Runs operations on the in-process system as one caller with one purpose. */
export function actAs(
  system: InProcessSupergraph,
  caller: Caller,
  purpose: RequestPurpose,
) {
  const run = (query: string, variables: Record<string, unknown> = {}) =>
    system.query(caller, purpose, query, variables);
  return {
    run,
    raise: (input: Record<string, unknown>) => run(RAISE, { input }),
    decide: (variables: Record<string, unknown>) => run(DECIDE, variables),
    list: async (variables: Record<string, unknown> = {}) =>
      ((await run(LIST, variables)).data?.disclosureRequests ?? null) as
        RequestView[] | null,
  };
}

/** The request a mutation answered with, failing the test on any error. */
export function requestOf(result: GatewayResult, field: string): RequestView {
  expect(result.errors).toBeUndefined();
  const request = result.data?.[field] as RequestView | undefined;
  if (!request) throw new Error(`no ${field} in ${JSON.stringify(result)}`);
  return request;
}

export function codesOf(result: GatewayResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

/**
 * Nominals of the in-process system's store by what the owners hold of them,
 * read from a second copy of the same seeded store (the population is
 * deterministic), so the tests name real cases rather than guessed ids.
 */
export async function findNominals(count = 400) {
  const repository = await openNcaHmrcRepository({
    dataDirectory: ':memory:',
    seed: 'marsoc-early-adopter',
    size: count,
  });
  const ids = Array.from(
    { length: count },
    (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
  );
  const heldOf = new Map<string, ReadonlySet<string>>();
  for (const owner of ['HMRC', 'NCA'] as const)
    for (const id of ids)
      heldOf.set(
        `${owner}:${id}`,
        await repository.findHeldCategories(owner, id),
      );
  const holds = (owner: 'HMRC' | 'NCA', id: string, category: string) =>
    heldOf.get(`${owner}:${id}`)?.has(category) ?? false;
  const held = (owner: 'HMRC' | 'NCA', category: string) =>
    ids.filter((id) => holds(owner, id, category));
  const notHeld = (owner: 'HMRC' | 'NCA', category: string) =>
    ids.filter((id) => !holds(owner, id, category));
  return { held, notHeld, repository };
}
