import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type ApmisRepository } from '../repository/ApmisRepository';
import {
  createTestServer,
  ENTITIES_QUERY,
  execute,
  openTestRepository,
  representationsOf,
} from './testServer';

type BatchMethod = Exclude<
  keyof ApmisRepository,
  'close' | 'cohortStore' | 'performance' | 'searchRateLimiter'
>;

/** Wraps a repository so each method counts its calls and the ids it was asked for. */
function countCalls(inner: ApmisRepository): {
  repository: ApmisRepository;
  calls: Record<BatchMethod, unknown[][]>;
} {
  const calls: Record<BatchMethod, unknown[][]> = {
    findNominalRecordsByNominalIds: [],
    findSocThreatsByNominalIds: [],
    findDisruptionsByNominalIds: [],
    findCohortMembershipsByNominalIds: [],
    findFourPPlansByNominationIds: [],
    findTpmActionsByNominationIds: [],
    findCohortEventsByNominationIds: [],
    findCurrentCohortNominalIds: [],
    findSearchCandidates: [],
    findCohortChanges: [],
  };
  const repository: ApmisRepository = {
    findNominalRecordsByNominalIds: (ids) => (
      calls.findNominalRecordsByNominalIds.push([ids]),
      inner.findNominalRecordsByNominalIds(ids)
    ),
    findSocThreatsByNominalIds: (ids) => (
      calls.findSocThreatsByNominalIds.push([ids]),
      inner.findSocThreatsByNominalIds(ids)
    ),
    findDisruptionsByNominalIds: (ids) => (
      calls.findDisruptionsByNominalIds.push([ids]),
      inner.findDisruptionsByNominalIds(ids)
    ),
    findCohortMembershipsByNominalIds: (ids) => (
      calls.findCohortMembershipsByNominalIds.push([ids]),
      inner.findCohortMembershipsByNominalIds(ids)
    ),
    findFourPPlansByNominationIds: (ids) => (
      calls.findFourPPlansByNominationIds.push([ids]),
      inner.findFourPPlansByNominationIds(ids)
    ),
    findTpmActionsByNominationIds: (ids) => (
      calls.findTpmActionsByNominationIds.push([ids]),
      inner.findTpmActionsByNominationIds(ids)
    ),
    findCohortEventsByNominationIds: (ids) => (
      calls.findCohortEventsByNominationIds.push([ids]),
      inner.findCohortEventsByNominationIds(ids)
    ),
    findCurrentCohortNominalIds: (region) => (
      calls.findCurrentCohortNominalIds.push([region]),
      inner.findCurrentCohortNominalIds(region)
    ),
    findSearchCandidates: (queries) => (
      calls.findSearchCandidates.push([queries]),
      inner.findSearchCandidates(queries)
    ),
    findCohortChanges: (queries) => (
      calls.findCohortChanges.push([queries]),
      inner.findCohortChanges(queries)
    ),
    cohortStore: inner.cohortStore,
    performance: inner.performance,
    searchRateLimiter: inner.searchRateLimiter,
    close: () => inner.close(),
  };
  return { repository, calls };
}

let inner: ApmisRepository;
beforeAll(() => {
  inner = openTestRepository();
});
afterAll(() => inner.close());

describe('APMIS loaders', () => {
  it('make one repository call per lookup for a picture of many nominals (no N+1)', async () => {
    const { repository, calls } = countCalls(inner);
    const ids = [
      WELL_KNOWN_NOMINAL_ID,
      'NOM-00002',
      'NOM-00003',
      'NOM-00150',
      'NOM-99999',
    ];
    const result = await execute(createTestServer(repository), ENTITIES_QUERY, {
      representations: representationsOf(...ids),
    });
    expect(result.errors).toBeUndefined();
    expect(calls.findNominalRecordsByNominalIds).toEqual([[ids]]);
    expect(calls.findSocThreatsByNominalIds).toEqual([[ids]]);
    expect(calls.findDisruptionsByNominalIds).toEqual([[ids]]);
    expect(calls.findCohortMembershipsByNominalIds).toEqual([[ids]]);
  });

  it('start the whole cohort picture with one cohort call and one call per lookup', async () => {
    const { repository, calls } = countCalls(inner);
    const result = await execute(
      createTestServer(repository),
      `{ cohort { id apmis { name } socThreats { tier } disruptions { assessment }
         cohort { status fourPPlan { pursue } tpmActions { id } events { transition } } } }`,
    );
    expect((result.data?.cohort as unknown[]).length).toBe(42);
    expect(calls.findCurrentCohortNominalIds).toEqual([[null]]);
    expect(calls.findNominalRecordsByNominalIds).toHaveLength(1);
    expect(calls.findSocThreatsByNominalIds).toHaveLength(1);
    expect(calls.findDisruptionsByNominalIds).toHaveLength(1);
    expect(calls.findCohortMembershipsByNominalIds).toHaveLength(1);
    expect(calls.findFourPPlansByNominationIds).toHaveLength(1);
    expect(calls.findTpmActionsByNominationIds).toHaveLength(1);
    expect(calls.findCohortEventsByNominationIds).toHaveLength(1);
    expect(calls.findCohortEventsByNominationIds[0]?.[0]).toHaveLength(42);
  });

  it("are created per request, so one request never reads another request's cache", async () => {
    const { repository, calls } = countCalls(inner);
    const server = createTestServer(repository);
    const query = `{ nominal(id: "${WELL_KNOWN_NOMINAL_ID}") { id } }`;
    await execute(server, query);
    await execute(server, query);
    expect(calls.findNominalRecordsByNominalIds).toHaveLength(2);
  });
});
