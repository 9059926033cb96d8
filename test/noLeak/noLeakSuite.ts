import { DEFAULT_POPULATION_SIZE } from '@marsoc/platform';
import { type PolicyEngine } from '@marsoc/schema';
import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from '../helpers/inProcessSupergraph';
import { type CallerCase } from './callers';
import { type CallerView, createCallerView, isNominatedIn } from './callerView';
import { findHiddenValues } from './hiddenValues';
import { loadOwnerTruth, type Truth } from './ownerTruth';
import { loadSupergraphModel, type SupergraphModel } from './supergraphModel';

/** Nominals whose ground truth is read once per file; pairs are drawn from them. */
export const POOL_SIZE = 80;
/** Nominals per ground-truth query: `nominals(ids:)` takes at most 200. */
const TRUTH_BATCH = 200;

export interface NoLeakSuite {
  system: InProcessSupergraph;
  model: SupergraphModel;
  policy: PolicyEngine;
  poolIds: readonly string[];
  truth: ReadonlyMap<string, Truth>;
  viewOf(callerCase: CallerCase): CallerView;
  hiddenValuesOf(view: CallerView): readonly string[];
  stop(): Promise<void>;
}

export function nominalId(index: number): string {
  return `NOM-${String(index).padStart(5, '0')}`;
}

/**
 * The real gateway over in-process subgraphs, with the ground truth of the
 * pool. `start` builds the system (the audited one for the auditors' view);
 * `stop` is what ends it.
 */
export async function createNoLeakSuite(
  start: () => Promise<{
    system: InProcessSupergraph;
    stop(): Promise<void>;
  }> = async () => {
    const system = await createInProcessSupergraph();
    return { system, stop: () => system.stop() };
  },
): Promise<NoLeakSuite> {
  const { system, stop } = await start();
  const model = loadSupergraphModel();
  const poolIds = Array.from({ length: POOL_SIZE }, (_, index) =>
    nominalId(index + 1),
  );
  // Every nominal's truth decides which values are hidden: an answer over many
  // nominals (the cohort) shows nominals beyond the pool, and a name hidden on
  // one nominal (a prison visitor) may be another's visible alias.
  const population = new Map<string, Truth>();
  for (let first = 1; first <= DEFAULT_POPULATION_SIZE; first += TRUTH_BATCH) {
    const ids = Array.from(
      { length: Math.min(TRUTH_BATCH, DEFAULT_POPULATION_SIZE - first + 1) },
      (_, index) => nominalId(first + index),
    );
    for (const [id, each] of await loadOwnerTruth(system, model, ids))
      population.set(id, each);
  }
  const truth = new Map(poolIds.map((id) => [id, population.get(id) ?? {}]));
  const views = new Map<string, CallerView>();
  const hidden = new Map<CallerView, readonly string[]>();
  return {
    system,
    model,
    policy: system.policy,
    poolIds,
    truth,
    viewOf(callerCase) {
      const key = JSON.stringify([callerCase.caller, callerCase.purpose]);
      let view = views.get(key);
      if (!view) {
        view = createCallerView(system.policy, model, callerCase);
        views.set(key, view);
      }
      return view;
    },
    hiddenValuesOf(view) {
      let values = hidden.get(view);
      if (!values) {
        values = findHiddenValues(model, view, population.values(), (each) =>
          isNominatedIn(each, view),
        );
        hidden.set(view, values);
      }
      return values;
    },
    stop,
  };
}
