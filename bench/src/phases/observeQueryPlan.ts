import { checkAnswer } from '../load/checkAnswer';
import { type FloorPlan } from '../load/measureFloor';
import { countFetches, type FetchCount } from '../counting/countFetches';
import {
  type CountingProxy,
  startCountingProxy,
} from '../counting/startCountingProxy';
import { toFloorPlan } from '../counting/toFloorPlan';
import { type ProcessGroup } from '../process/ProcessGroup';
import {
  createCohortProfileBody,
  createSubjectProfileBody,
} from '../query/subjectProfile';
import { startGateway } from '../system/startGateways';
import { PICTURE_SUBGRAPHS } from '../system/pictureSubgraphs';
import { type SubgraphSet } from '../system/startSubgraphs';
import { createOurSubject } from '../system/subjects';

export interface ObservedPlan {
  single: FetchCount;
  cohort: FetchCount;
  cohortSize: number;
  /** The single-nominal plan's fetches, for the floor. */
  floor: FloorPlan;
  /** The cohort plan's fetches, for the cohort's floor. */
  cohortFloor: FloorPlan;
}

/**
 * Puts a counting proxy in front of every subgraph, starts one more of our
 * gateways over the proxies, and sends one single-nominal and one cohort
 * operation through it: how many fetches each made (no N+1 means the same
 * number for 1 and for 100 nominals), and the single one's fetches for the floor.
 */
export async function observeQueryPlan(
  group: ProcessGroup,
  subgraphs: SubgraphSet,
  bearerToken: string,
  cohortSize: number,
): Promise<ObservedPlan> {
  const proxies = await Promise.all(
    PICTURE_SUBGRAPHS.map(({ name }) =>
      startCountingProxy(name, subgraphs.urls[name]),
    ),
  );
  try {
    const gateway = await startGateway(group, 'ours', subgraphs, {
      name: 'ours-counting',
      // It only shows the plan's fetches; the measured gateway holds the file audit.
      audit: 'off',
      subgraphUrls: Object.fromEntries(
        proxies.map((proxy) => [
          `${proxy.subgraph.toUpperCase()}_URL`,
          proxy.url,
        ]),
      ),
    });
    const capture = async (body: string, nominals: number) => {
      clear(proxies);
      await checkAnswer(createOurSubject(gateway, bearerToken, body), nominals);
      return proxies.flatMap((proxy) => proxy.captured);
    };
    await capture(createSubjectProfileBody(), 1); // the first operation also builds the plan cache
    const single = await capture(createSubjectProfileBody(), 1);
    const cohort = await capture(
      createCohortProfileBody(cohortSize),
      cohortSize,
    );
    await gateway.stop();
    return {
      single: countFetches(single),
      cohort: countFetches(cohort),
      cohortSize,
      floor: toFloorPlan(single, 'apmis', subgraphs.urls),
      cohortFloor: toFloorPlan(cohort, 'apmis', subgraphs.urls),
    };
  } finally {
    await Promise.all(proxies.map((proxy) => proxy.close()));
  }
}

function clear(proxies: readonly CountingProxy[]): void {
  for (const proxy of proxies) proxy.captured.length = 0;
}
