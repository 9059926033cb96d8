import { type RepositoryOptions } from '@marsoc/platform';
import { type OwnerDisclosureStore } from '@marsoc/platform/disclosure-requests';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { apmisService } from '@marsoc/subgraph-apmis';
import { hmppsService } from '@marsoc/subgraph-hmpps';
import { policeService } from '@marsoc/subgraph-police';
import {
  type GatewayResult,
  type InProcessSupergraph,
} from './inProcessSupergraph';

/** The fields of a request the owners' tests read back, its history included. */
const FIELDS = `id owner nominalId category status urgency forRegion forUnit
  requestedBy requesterAgency respondBy closedAt closedBy legalBasis reason
  grantId grantRegions grantUnits history { kind at actor note }`;

/**
 * The operations of one owner's desk under its own root field names
 * (requestPoliceDisclosure, hmppsDisclosureRequests, ...), as one caller with
 * one purpose: federation gives each subgraph root fields of its own, over
 * the same shared request types.
 */
export function deskAs(
  system: InProcessSupergraph,
  prefix: 'Police' | 'Hmpps' | 'Marsoc',
  caller: Caller,
  purpose: RequestPurpose,
) {
  const noun = prefix.toLowerCase();
  const run = (query: string, variables: Record<string, unknown> = {}) =>
    system.query(caller, purpose, query, variables);
  return {
    run,
    raise: (input: Record<string, unknown>) =>
      run(
        `mutation ($input: DisclosureRequestInput!) {
          request${prefix}Disclosure(input: $input) { ${FIELDS} } }`,
        { input },
      ),
    decide: (variables: Record<string, unknown>) =>
      run(
        `mutation ($id: ID!, $decision: DisclosureDecision!, $legalBasis: String,
          $expiresAt: String, $reason: String) {
          decide${prefix}DisclosureRequest(id: $id, decision: $decision,
            legalBasis: $legalBasis, expiresAt: $expiresAt, reason: $reason) {
            ${FIELDS} } }`,
        variables,
      ),
    list: (status?: string) =>
      run(
        `query ($status: DisclosureRequestStatus) {
          ${noun}DisclosureRequests(status: $status) { ${FIELDS} } }`,
        { status },
      ),
    legalBases: () =>
      run(
        `{ ${noun}DisclosureLegalBases { id statute provision recipients } }`,
      ),
    recordGrant: (input: Record<string, unknown>) =>
      run(
        `mutation ($input: ${prefix}DisclosureGrantInput!) {
          record${prefix}DisclosureGrant(input: $input) { id owner regions } }`,
        { input },
      ),
    grants: (nominalId: string) =>
      run(
        `query ($id: ID!) { ${noun}DisclosureGrants(nominalId: $id) { id category recipient } }`,
        { id: nominalId },
      ),
  };
}

/** A request as the owners' tests read it back. */
export interface DeskRequest {
  id: string;
  status: string;
  legalBasis: string | null;
  reason: string | null;
  grantRegions: string[] | null;
  history: { kind: string; actor: string | null }[];
}

/** The owners' tests' clock starts here; a day is a day of it. */
export const DESK_START = new Date('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;

/** The instant `days` after DESK_START, as a decision's expiry takes it. */
export function inDays(days: number): string {
  return new Date(DESK_START.getTime() + days * DAY).toISOString();
}

/** A colleague of `caller` in the East Midlands, outside a North West grant. */
export function inEastMidlands(caller: Caller, sub: string): Caller {
  return {
    ...caller,
    sub,
    unit: `${caller.unit} (East Midlands)`,
    regions: ['EAST_MIDLANDS'],
  };
}

/** The value of a root field, failing the test on any error. */
export function answerOf<Value>(result: GatewayResult, field: string): Value {
  expect(result.errors).toBeUndefined();
  return result.data?.[field] as Value;
}

/** An owner's desk over the same seeded store the in-process system opens. */
const openDesk =
  (service: {
    openRepository(options: RepositoryOptions): Promise<{
      disclosures: OwnerDisclosureStore;
    }>;
  }) =>
  async (size: number) =>
    (
      await service.openRepository({
        dataDirectory: ':memory:',
        seed: 'marsoc-early-adopter',
        size,
      })
    ).disclosures;

/** The owner desks, by owner. */
const OWNER_STORES = {
  POLICE: openDesk(policeService),
  HMPPS: openDesk(hmppsService),
  MARSOC: openDesk(apmisService),
} as const;

/**
 * Nominals of the in-process system's store of `owner` by what it holds of
 * them, read from a second copy of the same seeded store (it is
 * deterministic), once, so the answers are then at hand synchronously.
 */
export async function findOwnerNominals(
  owner: keyof typeof OWNER_STORES,
  count = 400,
) {
  const store = await OWNER_STORES[owner](count);
  const ids = Array.from(
    { length: count },
    (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
  );
  const heldOf = new Map<string, ReadonlySet<string>>();
  for (const id of ids)
    heldOf.set(id, await store.findHeldCategories(owner, id));
  const holds = (id: string, category: string) =>
    heldOf.get(id)?.has(category) ?? false;
  const categories = [
    ...new Set([...heldOf.values()].flatMap((held) => [...held])),
  ];
  return {
    holds,
    /** Every category the owner holds of some nominal of the population. */
    categories: () => categories,
    held: (category: string) => ids.filter((id) => holds(id, category)),
    notHeld: (category: string) => ids.filter((id) => !holds(id, category)),
  };
}

/** Nominals of the in-process system's HMPPS store by what HMPPS holds of them. */
export function findHmppsNominals(count = 400) {
  return findOwnerNominals('HMPPS', count);
}
