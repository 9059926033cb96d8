import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { ENTITIES_QUERY, openTestRepository } from './fixtures';
import {
  countCalls,
  createSubgraphTestServer,
  representationsOf,
} from '@marsoc/platform/testing';
import { apmisService } from '../apmisService';

let inner: ApmisRepository;
beforeAll(async () => {
  inner = await openTestRepository();
});
afterAll(() => inner.close());

describe('APMIS loaders', () => {
  it('make one repository call per lookup for a picture of many nominals (no N+1)', async () => {
    const { counted: repository, argumentsOf } = countCalls(inner);
    const ids = [
      WELL_KNOWN_NOMINAL_ID,
      'NOM-00002',
      'NOM-00003',
      'NOM-00150',
      'NOM-99999',
    ];
    const result = await createSubgraphTestServer(apmisService, {
      repository,
    }).execute(ENTITIES_QUERY, representationsOf(...ids));
    expect(result.errors).toBeUndefined();
    expect(argumentsOf('findNominalRecordsByNominalIds')).toEqual([[ids]]);
    expect(argumentsOf('findSocThreatsByNominalIds')).toEqual([[ids]]);
    expect(argumentsOf('findDisruptionsByNominalIds')).toEqual([[ids]]);
    expect(argumentsOf('findCohortMembershipsByNominalIds')).toEqual([[ids]]);
  });

  it('start the whole cohort picture with one cohort call and one call per lookup', async () => {
    const { counted: repository, argumentsOf } = countCalls(inner);
    const result = await createSubgraphTestServer(apmisService, { repository })
      .execute(`{ cohort { id apmis { name } socThreats { tier } disruptions { assessment }
         cohort { status fourPPlan { pursue } tpmActions { id } events { transition } } } }`);
    expect((result.data?.cohort as unknown[]).length).toBe(42);
    expect(argumentsOf('findCurrentCohortNominalIds')).toEqual([[null]]);
    expect(argumentsOf('findNominalRecordsByNominalIds')).toHaveLength(1);
    expect(argumentsOf('findSocThreatsByNominalIds')).toHaveLength(1);
    expect(argumentsOf('findDisruptionsByNominalIds')).toHaveLength(1);
    expect(argumentsOf('findCohortMembershipsByNominalIds')).toHaveLength(1);
    expect(argumentsOf('findFourPPlansByNominationIds')).toHaveLength(1);
    expect(argumentsOf('findTpmActionsByNominationIds')).toHaveLength(1);
    expect(argumentsOf('findCohortEventsByNominationIds')).toHaveLength(1);
    expect(argumentsOf('findCohortEventsByNominationIds')[0]?.[0]).toHaveLength(
      42,
    );
  });

  it("are created per request, so one request never reads another request's cache", async () => {
    const { counted: repository, argumentsOf } = countCalls(inner);
    const server = createSubgraphTestServer(apmisService, { repository });
    const query = `{ nominal(id: "${WELL_KNOWN_NOMINAL_ID}") { id } }`;
    await server.execute(query);
    await server.execute(query);
    expect(argumentsOf('findNominalRecordsByNominalIds')).toHaveLength(2);
  });
});
