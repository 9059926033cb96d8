import { type Random } from '@marsoc/platform';
import { type Agency, type Decision, rankDisclosure } from '@marsoc/schema';
import { findOwnerNominals } from '../helpers/disclosureRequestDesks';
import { type CallerView } from './callerView';
import { type NoLeakCase } from './NoLeakCase';
import { type NoLeakSuite } from './noLeakSuite';
import { MADE_UP_NOMINAL_ID } from './pickPair';

/** The owners that grant in subgraphs of their own, each with its root raise field. */
const OWNERS = [
  { owner: 'POLICE', raise: 'requestPoliceDisclosure' },
  { owner: 'HMPPS', raise: 'requestHmppsDisclosure' },
  { owner: 'MARSOC', raise: 'requestMarsocDisclosure' },
] as const;

type Holdings = Awaited<ReturnType<typeof findOwnerNominals>>;

/** What each owner's store holds, read once per run from a copy of the seeded stores. */
const holdings = new Map<string, Holdings>();

/** Reads what each owner's store holds; a suite drawing owner requests calls it first. */
export async function loadOwnerHoldings(): Promise<void> {
  for (const { owner } of OWNERS)
    if (!holdings.has(owner))
      holdings.set(owner, await findOwnerNominals(owner));
}

function holdingsOf(owner: (typeof OWNERS)[number]['owner']): Holdings {
  const found = holdings.get(owner);
  if (!found)
    throw new Error(
      'loadOwnerHoldings() must run before owner requests are drawn',
    );
  return found;
}

/** The caller's decisions for every field of the owner's category, by the policy engine. */
const tables = new WeakMap<
  CallerView,
  (owner: Agency, category: string) => Decision[]
>();
function decisionsOf(suite: NoLeakSuite, view: CallerView) {
  let decide = tables.get(view);
  if (!decide) {
    const { caller, purpose } = view.callerCase;
    const table = suite.policy.precompute(
      caller,
      purpose,
      suite.model.markingList,
    );
    decide = (owner, category) =>
      suite.model.markingList.flatMap((marking, index) =>
        marking.owner === owner && marking.category === category
          ? [table.field(index)]
          : [],
      );
    tables.set(view, decide);
  }
  return decide;
}

const EXISTENCE = rankDisclosure('EXISTENCE');
const seesHeld = (decision: Decision) =>
  decision.level !== 'NCND' && rankDisclosure(decision.level) >= EXISTENCE;

/**
 * A request to the police, HMPPS or MARSOC (each in its own subgraph) that
 * must answer alike for two sides, or undefined when this caller's request
 * would be taken (shown withheld for a reason a grant lifts: the owner then
 * answers it, and a stored request is no refusal to compare). Where the
 * caller is refused whatever is held (they may not raise requests, or no
 * grant could lift what keeps the category from them, or it is NCND), a
 * nominal the owner holds it of is compared with a made-up id, and the
 * difference is hidden when the caller is shown nothing of the category.
 * Where they are shown it as held, one the owner holds nothing of is.
 */
export function generateOwnerRequestCase(
  suite: NoLeakSuite,
  random: Random,
  view: CallerView,
): NoLeakCase | undefined {
  const { owner, raise } = random.pick(OWNERS);
  const store = holdingsOf(owner);
  // The categories the owner's store says it holds of some nominal.
  const category = random.pick(store.categories());
  const decisions = decisionsOf(suite, view)(owner, category);
  const mayRaise = view.level('DisclosureRequest.status') === 'FULL';
  const ncnd = decisions.some((decision) => decision.level === 'NCND');
  const liftable = decisions.filter((decision) => decision.grantable);
  if (mayRaise && !ncnd && liftable.some((decision) => !seesHeld(decision)))
    return undefined;
  const refusedWhateverHeld = !mayRaise || ncnd || liftable.length === 0;
  const pool = suite.poolIds.filter((id) =>
    refusedWhateverHeld
      ? store.holds(id, category)
      : !store.holds(id, category),
  );
  if (pool.length === 0) return undefined;
  const nominalId = random.pick(pool);
  const input = (id: string) => ({
    input: {
      owner,
      category,
      nominalId: id,
      urgency: 'ROUTINE',
      forRegion: view.callerCase.caller.regions[0],
      clientRequestId: 'no-leak-request',
    },
  });
  return {
    kind: `${raise} ${category}`,
    view,
    query: `mutation Raise($input: DisclosureRequestInput!) {
      ${raise}(input: $input) { id owner nominalId category status }
    }`,
    sideA: input(nominalId),
    sideB: input(MADE_UP_NOMINAL_ID),
    swaps: [[nominalId, MADE_UP_NOMINAL_ID]],
    hiddenDifference:
      refusedWhateverHeld && !decisions.some((decision) => seesHeld(decision)),
  };
}
