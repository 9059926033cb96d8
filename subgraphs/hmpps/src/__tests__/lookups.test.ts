import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createFixedPolicy,
  createSubgraphTestServer,
} from '@marsoc/platform/testing';
import { type HmppsRepository } from '../repository/HmppsRepository';
import { findNominal, openTestRepository } from './fixtures';
import { hmppsService } from '../hmppsService';

const BY_PRISON_NUMBER = `query ($prisonNumber: String!) {
  nominalByPrisonNumber(prisonNumber: $prisonNumber) { id custody { establishment } }
}`;
const BY_CRN = `query ($crn: String!) { nominalByCrn(crn: $crn) { id probation { status } } }`;

describe('lookups by prison number and CRN', () => {
  let repository: HmppsRepository;
  const wellKnown = findNominal(
    (nominal) => nominal.id === WELL_KNOWN_NOMINAL_ID,
  );
  const prisonNumber = wellKnown.prisonNumber ?? '';
  const crn = wellKnown.crn ?? '';

  beforeAll(async () => {
    repository = await openTestRepository();
  });

  afterAll(() => repository.close());

  it('finds NOM-00001 by its prison number, whatever its case', async () => {
    const result = await createSubgraphTestServer(hmppsService, {
      repository,
    }).execute(BY_PRISON_NUMBER, { prisonNumber: prisonNumber.toLowerCase() });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nominalByPrisonNumber).toEqual({
      id: WELL_KNOWN_NOMINAL_ID,
      custody: { establishment: 'HMP Altcourse' },
    });
  });

  it('finds NOM-00001 by its CRN', async () => {
    const result = await createSubgraphTestServer(hmppsService, {
      repository,
    }).execute(BY_CRN, {
      crn,
    });
    expect(result.data?.nominalByCrn).toEqual({
      id: WELL_KNOWN_NOMINAL_ID,
      probation: { status: 'PRE_RELEASE' },
    });
  });

  it('answers a well-formed reference HMPPS does not hold with null', async () => {
    const result = await createSubgraphTestServer(hmppsService, {
      repository,
    }).execute(BY_PRISON_NUMBER, { prisonNumber: 'Z0000ZZ' });
    expect(result).toMatchObject({ data: { nominalByPrisonNumber: null } });
    expect(result.errors).toBeUndefined();
  });

  it('refuses a malformed reference with BAD_USER_INPUT and does not echo it', async () => {
    const result = await createSubgraphTestServer(hmppsService, {
      repository,
    }).execute(BY_CRN, {
      crn: "X1' OR 1=1",
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).not.toContain('OR 1=1');
  });

  it('answers NCND on custody exactly as for a prison number HMPPS does not hold', async () => {
    const server = createSubgraphTestServer(hmppsService, {
      repository,
      policy: createFixedPolicy((marking) =>
        marking.category === 'CUSTODY' ? 'NCND' : 'FULL',
      ),
    });
    const held = await server.execute(BY_PRISON_NUMBER, { prisonNumber });
    const unknown = await server.execute(BY_PRISON_NUMBER, {
      prisonNumber: 'Z0000ZZ',
    });
    expect(held.data).toEqual({ nominalByPrisonNumber: null });
    expect(JSON.stringify(held)).toBe(JSON.stringify(unknown));
  });

  it('withholds the lookup whether or not the reference is held, so the error confirms nothing', async () => {
    const server = createSubgraphTestServer(hmppsService, {
      repository,
      policy: createFixedPolicy((marking) =>
        marking.category === 'PROBATION' ? 'WITHHELD' : 'FULL',
      ),
    });
    const held = await server.execute(BY_CRN, { crn });
    const unknown = await server.execute(BY_CRN, { crn: 'Z000000' });
    expect(held.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      owner: 'HMPPS',
      category: 'PROBATION',
    });
    expect(JSON.stringify(held)).toBe(JSON.stringify(unknown));
    expect(JSON.stringify(held)).not.toContain(WELL_KNOWN_NOMINAL_ID);
  });

  it('resolves a prison number two nominals share to no one rather than guess', async () => {
    const ambiguous: HmppsRepository = {
      ...bindAll(repository),
      findNominalIdsByPrisonNumbers: (numbers) =>
        Promise.resolve(
          numbers.flatMap((reference) => [
            { reference, nominalId: 'NOM-00001' },
            { reference, nominalId: 'NOM-00002' },
          ]),
        ),
    };
    const result = await createSubgraphTestServer(hmppsService, {
      repository: ambiguous,
    }).execute(BY_PRISON_NUMBER, { prisonNumber });
    expect(result.data).toEqual({ nominalByPrisonNumber: null });
  });
});

/** The repository's methods as own properties, so a test can replace one. */
function bindAll(repository: HmppsRepository): HmppsRepository {
  return {
    disclosures: repository.disclosures,
    findCustodyByNominalIds: (ids) => repository.findCustodyByNominalIds(ids),
    findMovementsByNominalIds: (ids) =>
      repository.findMovementsByNominalIds(ids),
    findAdjudicationsByNominalIds: (ids) =>
      repository.findAdjudicationsByNominalIds(ids),
    findSeizuresByNominalIds: (ids) => repository.findSeizuresByNominalIds(ids),
    findVisitsByNominalIds: (ids) => repository.findVisitsByNominalIds(ids),
    findPhoneContactsByNominalIds: (ids) =>
      repository.findPhoneContactsByNominalIds(ids),
    findProbationByNominalIds: (ids) =>
      repository.findProbationByNominalIds(ids),
    findLicenceConditionsByNominalIds: (ids) =>
      repository.findLicenceConditionsByNominalIds(ids),
    findRiskByNominalIds: (ids) => repository.findRiskByNominalIds(ids),
    findNominalIdsByPrisonNumbers: (numbers) =>
      repository.findNominalIdsByPrisonNumbers(numbers),
    findNominalIdsByCrns: (crns) => repository.findNominalIdsByCrns(crns),
    findReferenceMatches: (references) =>
      repository.findReferenceMatches(references),
    findAssociateLinksByNominalIds: (ids) =>
      repository.findAssociateLinksByNominalIds(ids),
    findCohortMovements: (queries) => repository.findCohortMovements(queries),
    describeStore: () => repository.describeStore(),
    close: () => Promise.resolve(),
  };
}
