import { openPoliceRepository } from '../repository/openPoliceRepository';
import {
  countCalls,
  createSubgraphTestServer,
  representationsOf,
} from '@marsoc/platform/testing';
import { policeService } from '../policeService';
import { PICTURE_QUERY } from './fixtures';

describe('police loaders', () => {
  it('make one repository call per lookup however many nominals a query asks for', async () => {
    const real = await openPoliceRepository({
      dataDirectory: ':memory:',
      seed: 'loader-test',
      size: 150,
    });
    const { counted: repository, calls } = countCalls(real);
    const ids = Array.from(
      { length: 25 },
      (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
    );
    const result = await createSubgraphTestServer(policeService, {
      repository,
    }).execute(PICTURE_QUERY, representationsOf(...ids));
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
    await real.close();
  });

  it('are not shared between requests: a second request reads the store again', async () => {
    const real = await openPoliceRepository({
      dataDirectory: ':memory:',
      seed: 'loader-test',
      size: 150,
    });
    const { counted: repository, calls } = countCalls(real);
    const server = createSubgraphTestServer(policeService, { repository });
    await server.execute(PICTURE_QUERY, representationsOf('NOM-00001'));
    await server.execute(PICTURE_QUERY, representationsOf('NOM-00001'));
    expect(calls.get('findNominalsByIds')).toBe(2);
    await real.close();
  });
});
