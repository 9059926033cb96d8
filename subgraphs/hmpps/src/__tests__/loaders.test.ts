import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type HmppsRepository } from '../repository/HmppsRepository';
import {
  ENTITIES_QUERY,
  findNominal,
  openTestRepository,
  TEST_POPULATION,
} from './fixtures';
import {
  countCalls,
  createSubgraphTestServer,
  representationsOf,
} from '@marsoc/platform/testing';
import { hmppsService } from '../hmppsService';

type BatchMethod = Exclude<keyof HmppsRepository, 'close'>;

describe('HMPPS loaders', () => {
  let store: HmppsRepository;

  beforeAll(async () => {
    store = await openTestRepository();
  });

  afterAll(() => store.close());

  it('makes one repository call per loader for a query over several nominals', async () => {
    const ids = [
      WELL_KNOWN_NOMINAL_ID,
      ...TEST_POPULATION.filter((nominal) => nominal.supervision === 'CUSTODY')
        .slice(1, 21)
        .map((nominal) => nominal.id),
      findNominal((nominal) => nominal.supervision === 'PROBATION').id,
      findNominal((nominal) => nominal.supervision === 'NONE').id,
      'NOM-99999',
    ];
    const { counted: repository, calls } = countCalls(store);
    const result = await createSubgraphTestServer(hmppsService, {
      repository,
    }).execute(ENTITIES_QUERY, representationsOf(...ids));
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(ids.length);
    const everyLoader: BatchMethod[] = [
      'findCustodyByNominalIds',
      'findMovementsByNominalIds',
      'findAdjudicationsByNominalIds',
      'findSeizuresByNominalIds',
      'findVisitsByNominalIds',
      'findPhoneContactsByNominalIds',
      'findProbationByNominalIds',
      'findLicenceConditionsByNominalIds',
      'findRiskByNominalIds',
    ];
    expect(Object.fromEntries(calls)).toEqual(
      Object.fromEntries(everyLoader.map((method) => [method, 1])),
    );
  });

  it('creates fresh loaders for every request, so nothing is cached between callers', async () => {
    const { counted: repository, calls } = countCalls(store);
    const server = createSubgraphTestServer(hmppsService, { repository });
    const variables = representationsOf(WELL_KNOWN_NOMINAL_ID);
    await server.execute(ENTITIES_QUERY, variables);
    await server.execute(ENTITIES_QUERY, variables);
    expect(calls.get('findCustodyByNominalIds')).toBe(2);
  });
});
