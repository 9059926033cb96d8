import { FULL_PICTURE, openTestRepository } from './fixtures';
import {
  countCalls,
  createEntitiesQuery,
  createSubgraphTestServer,
  representationsOf,
} from '@marsoc/platform/testing';
import { ncahmrcService } from '../ncahmrcService';

describe('the NCA/HMRC loaders', () => {
  it('make one repository call per lookup for a query over several nominals', async () => {
    const { counted, calls } = countCalls(await openTestRepository());
    const server = createSubgraphTestServer(ncahmrcService, {
      repository: counted,
    });
    const ids = [
      'NOM-00001',
      'NOM-00002',
      'NOM-00003',
      'NOM-00004',
      'NOM-00005',
      'NOM-99999',
    ];
    const result = await server.execute(
      createEntitiesQuery(FULL_PICTURE),
      representationsOf(...ids),
    );
    expect(result.errors).toBeUndefined();
    expect((result.data?._entities as unknown[]).length).toBe(ids.length);
    expect(Object.fromEntries(calls)).toEqual({
      findHmrcRecordsByNominalIds: 1,
      findSelfAssessmentsByNominalIds: 1,
      findDirectorshipsByNominalIds: 1,
      findVatRegistrationsByNominalIds: 1,
      findAssetsByNominalIds: 1,
      findInvestigationsByNominalIds: 1,
      findNcaRecordsByNominalIds: 1,
      findOcgTieringsByNominalIds: 1,
      findSuspiciousActivityReportsByNominalIds: 1,
      findCovertInterestsByNominalIds: 1,
      findDeconflictionsByNominalIds: 1,
    });
  });

  it('are created afresh for each request, so no cache outlives it', async () => {
    const { counted, calls } = countCalls(await openTestRepository());
    const server = createSubgraphTestServer(ncahmrcService, {
      repository: counted,
    });
    const query = createEntitiesQuery('nca { ncaReference }');
    await server.execute(query, representationsOf('NOM-00001'));
    await server.execute(query, representationsOf('NOM-00001'));
    expect(calls.get('findNcaRecordsByNominalIds')).toBe(2);
  });
});
