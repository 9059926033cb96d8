import { type FloorPlan } from '../load/measureFloor';
import { type CapturedFetch } from './startCountingProxy';

/**
 * Turns the fetches one single-nominal operation made into the floor's plan:
 * the root subgraph's fetch first, then every entity fetch together, as the
 * gateway's plan runs them. Any other shape stops the run rather than
 * measuring a floor that is not the plan.
 */
export function toFloorPlan(
  captured: readonly CapturedFetch[],
  rootSubgraph: string,
  urls: Readonly<Record<string, string>>,
): FloorPlan {
  const toFetch = (fetch: CapturedFetch) => ({
    subgraph: fetch.subgraph,
    url: urlOf(urls, fetch.subgraph),
    body: fetch.body,
  });
  const first = captured.filter((fetch) => fetch.subgraph === rootSubgraph);
  const then = captured.filter((fetch) => fetch.subgraph !== rootSubgraph);
  const firstEnded = first.reduce(
    (latest, fetch) => (fetch.arrivedAt > latest ? fetch.arrivedAt : latest),
    0n,
  );
  if (
    first.length !== 1 ||
    then.some((fetch) => fetch.arrivedAt < firstEnded)
  ) {
    throw new Error(
      `the query plan is not one ${rootSubgraph} fetch followed by entity fetches; the floor would not match it`,
    );
  }
  return { first: first.map(toFetch), then: then.map(toFetch) };
}

function urlOf(
  urls: Readonly<Record<string, string>>,
  subgraph: string,
): string {
  const url = urls[subgraph];
  if (url === undefined) throw new Error(`no URL for subgraph ${subgraph}`);
  return url;
}
