import { type NcaHmrcRepository } from '../repository/NcaHmrcRepository';
import {
  createTestServer,
  entitiesQuery,
  execute,
  FULL_PICTURE,
  openTestRepository,
  representationsOf,
} from './fixtures';

/** Wraps every repository method so the test can count its calls. */
function countCalls(repository: NcaHmrcRepository): {
  counted: NcaHmrcRepository;
  calls: Map<string, number>;
} {
  const calls = new Map<string, number>();
  const counted = Object.fromEntries(
    Object.entries(repository).map(([name, method]) => [
      name,
      (ids: readonly string[]) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return (method as (ids: readonly string[]) => unknown)(ids);
      },
    ]),
  ) as unknown as NcaHmrcRepository;
  return { counted, calls };
}

describe('the NCA/HMRC loaders', () => {
  it('make one repository call per lookup for a query over several nominals', async () => {
    const { counted, calls } = countCalls(openTestRepository());
    const server = createTestServer(counted);
    const ids = [
      'NOM-00001',
      'NOM-00002',
      'NOM-00003',
      'NOM-00004',
      'NOM-00005',
      'NOM-99999',
    ];
    const result = await execute(
      server,
      entitiesQuery(FULL_PICTURE),
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
    const { counted, calls } = countCalls(openTestRepository());
    const server = createTestServer(counted);
    const query = entitiesQuery('nca { ncaReference }');
    await execute(server, query, representationsOf('NOM-00001'));
    await execute(server, query, representationsOf('NOM-00001'));
    expect(calls.get('findNcaRecordsByNominalIds')).toBe(2);
  });
});
