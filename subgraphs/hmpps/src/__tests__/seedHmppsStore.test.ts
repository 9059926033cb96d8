import { formatNominalId, WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type HmppsRepository } from '../repository/HmppsRepository';
import { openHmppsRepository } from '../repository/openHmppsRepository';
import { TEST_STORE } from './fixtures';

/** Everything a store holds on the given nominals, read through the repository. */
function readEverything(repository: HmppsRepository, ids: string[]) {
  return {
    custody: repository.findCustodyByNominalIds(ids),
    movements: repository.findMovementsByNominalIds(ids),
    adjudications: repository.findAdjudicationsByNominalIds(ids),
    seizures: repository.findSeizuresByNominalIds(ids),
    visits: repository.findVisitsByNominalIds(ids),
    phoneContacts: repository.findPhoneContactsByNominalIds(ids),
    probation: repository.findProbationByNominalIds(ids),
    licenceConditions: repository.findLicenceConditionsByNominalIds(ids),
    risk: repository.findRiskByNominalIds(ids),
    associateLinks: repository.findAssociateLinksByNominalIds(ids),
  };
}

function idsUpTo(count: number): string[] {
  return Array.from({ length: count }, (_, index) => formatNominalId(index));
}

describe('seedHmppsStore', () => {
  it('seeds the same rows from the same seed', () => {
    const first = openHmppsRepository(TEST_STORE);
    const second = openHmppsRepository(TEST_STORE);
    const ids = idsUpTo(TEST_STORE.size);
    expect(readEverything(second, ids)).toEqual(readEverything(first, ids));
    first.close();
    second.close();
  });

  it('seeds different records from a different seed', () => {
    const first = openHmppsRepository(TEST_STORE);
    const other = openHmppsRepository({ ...TEST_STORE, seed: 'another-seed' });
    const ids = idsUpTo(TEST_STORE.size);
    expect(readEverything(other, ids)).not.toEqual(readEverything(first, ids));
    first.close();
    other.close();
  });

  it("keeps a nominal's records the same whatever the population size", () => {
    const small = openHmppsRepository({ ...TEST_STORE, size: 200 });
    const large = openHmppsRepository(TEST_STORE);
    const ids = idsUpTo(200);
    expect(readEverything(large, ids)).toEqual(readEverything(small, ids));
    small.close();
    large.close();
  });

  it('seeds 100,000 nominals, the benchmark scale', () => {
    const repository = openHmppsRepository({ ...TEST_STORE, size: 100_000 });
    const everyone = idsUpTo(100_000);
    expect(
      repository.findCustodyByNominalIds([WELL_KNOWN_NOMINAL_ID])[0]
        ?.establishment,
    ).toBe('HMP Altcourse');
    expect(
      repository.findCustodyByNominalIds([formatNominalId(100_000)]),
    ).toEqual([]);
    // About half the population is in custody and a quarter under probation, 70% of them with a prison past.
    expect(repository.findCustodyByNominalIds(everyone).length).toBeGreaterThan(
      60_000,
    );
    expect(
      repository.findProbationByNominalIds(everyone).length,
    ).toBeGreaterThan(70_000);
    repository.close();
  }, 180_000);
});
