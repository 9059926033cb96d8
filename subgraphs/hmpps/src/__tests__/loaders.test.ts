import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type HmppsRepository } from '../repository/HmppsRepository';
import {
  createTestServer,
  ENTITIES_QUERY,
  findNominal,
  openTestRepository,
  representationsOf,
  runQuery,
  TEST_POPULATION,
} from './testSupport';

type BatchMethod = Exclude<keyof HmppsRepository, 'close'>;

/** Wraps a repository and counts the calls made to each batch method. */
function countCalls(repository: HmppsRepository): {
  repository: HmppsRepository;
  calls: Map<string, number>;
} {
  const calls = new Map<string, number>();
  const counting = new Proxy(repository, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string')
        return value;
      return (...args: unknown[]): unknown => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return (value as (...parameters: unknown[]) => unknown).apply(
          target,
          args,
        );
      };
    },
  });
  return { repository: counting, calls };
}

describe('HMPPS loaders', () => {
  let store: HmppsRepository;

  beforeAll(() => {
    store = openTestRepository();
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
    const { repository, calls } = countCalls(store);
    const result = await runQuery(
      createTestServer(repository),
      ENTITIES_QUERY,
      { representations: representationsOf(...ids) },
    );
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
    const { repository, calls } = countCalls(store);
    const server = createTestServer(repository);
    const variables = {
      representations: representationsOf(WELL_KNOWN_NOMINAL_ID),
    };
    await runQuery(server, ENTITIES_QUERY, variables);
    await runQuery(server, ENTITIES_QUERY, variables);
    expect(calls.get('findCustodyByNominalIds')).toBe(2);
  });
});
