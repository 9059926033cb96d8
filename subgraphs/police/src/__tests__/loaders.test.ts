import { openPoliceRepository } from '../repository/openPoliceRepository';
import { type PoliceRepository } from '../repository/PoliceRepository';
import {
  createPoliceTestServer,
  PICTURE_QUERY,
  representationsOf,
} from './fixtures/policeTestServer';

/** The real repository, counting how often each batch method is called. */
function countCalls(repository: PoliceRepository): {
  repository: PoliceRepository;
  calls: Map<string, number>;
} {
  const calls = new Map<string, number>();
  const counted = new Proxy(repository, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'close') return value;
      const find = value as (keys: readonly string[]) => unknown;
      return (keys: readonly string[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return find(keys);
      };
    },
  });
  return { repository: counted, calls };
}

describe('police loaders', () => {
  it('make one repository call per lookup however many nominals a query asks for', async () => {
    const real = openPoliceRepository({
      dataDirectory: ':memory:',
      seed: 'loader-test',
      size: 150,
    });
    const { repository, calls } = countCalls(real);
    const ids = Array.from(
      { length: 25 },
      (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
    );
    const result = await createPoliceTestServer(repository).run(
      PICTURE_QUERY,
      representationsOf(...ids),
    );
    expect(result.errors).toBeUndefined();
    expect((result.data?._entities as unknown[]).length).toBe(ids.length);
    expect(Object.fromEntries(calls)).toEqual({
      findNominalsByIds: 1,
      findAliasesByNominalIds: 1,
      findWarningMarkersByNominalIds: 1,
      findArrestsByNominalIds: 1,
      findConvictionsByNominalIds: 1,
      findIntelligenceReportsByNominalIds: 1,
      findOcgAffiliationsByNominalIds: 1,
      findVehiclesByNominalIds: 1,
      findAddressesByNominalIds: 1,
    });
    real.close();
  });

  it('are not shared between requests: a second request reads the store again', async () => {
    const real = openPoliceRepository({
      dataDirectory: ':memory:',
      seed: 'loader-test',
      size: 150,
    });
    const { repository, calls } = countCalls(real);
    const server = createPoliceTestServer(repository);
    await server.run(PICTURE_QUERY, representationsOf('NOM-00001'));
    await server.run(PICTURE_QUERY, representationsOf('NOM-00001'));
    expect(calls.get('findNominalsByIds')).toBe(2);
    real.close();
  });
});
