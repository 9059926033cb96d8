import { type CapturedFetch } from './startCountingProxy';

/** The subgraph fetches one operation caused. */
export interface FetchCount {
  /** Fetches per subgraph. */
  perSubgraph: Record<string, number>;
  total: number;
  /** Entity representations sent per subgraph (how many nominals each `_entities` fetch carried). */
  representations: Record<string, number>;
}

export function countFetches(captured: readonly CapturedFetch[]): FetchCount {
  const perSubgraph: Record<string, number> = {};
  const representations: Record<string, number> = {};
  for (const fetch of captured) {
    perSubgraph[fetch.subgraph] = (perSubgraph[fetch.subgraph] ?? 0) + 1;
    representations[fetch.subgraph] =
      (representations[fetch.subgraph] ?? 0) + countRepresentations(fetch.body);
  }
  return { perSubgraph, total: captured.length, representations };
}

function countRepresentations(body: string): number {
  try {
    const parsed = JSON.parse(body) as {
      variables?: { representations?: unknown };
    };
    const found = parsed.variables?.representations;
    return Array.isArray(found) ? found.length : 0;
  } catch {
    return 0;
  }
}
