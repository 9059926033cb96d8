import {
  createPopulation,
  DEFAULT_SEED,
  formatNominalId,
} from '@marsoc/platform';
import { type NcaHmrcRepository } from '../repository/NcaHmrcRepository';
import { openNcaHmrcRepository } from '../repository/openNcaHmrcRepository';
import { TEST_STORE } from './fixtures';

const SIZE = TEST_STORE.size;
const ALL_IDS = Array.from({ length: SIZE }, (_, index) =>
  formatNominalId(index),
);

/** Every row the store holds for the first `SIZE` nominals, method by method. */
function dumpStore(repository: NcaHmrcRepository): Record<string, unknown[]> {
  return {
    hmrc: repository.findHmrcRecordsByNominalIds(ALL_IDS),
    selfAssessments: repository.findSelfAssessmentsByNominalIds(ALL_IDS),
    directorships: repository.findDirectorshipsByNominalIds(ALL_IDS),
    vat: repository.findVatRegistrationsByNominalIds(ALL_IDS),
    assets: repository.findAssetsByNominalIds(ALL_IDS),
    investigations: repository.findInvestigationsByNominalIds(ALL_IDS),
    nca: repository.findNcaRecordsByNominalIds(ALL_IDS),
    tierings: repository.findOcgTieringsByNominalIds(ALL_IDS),
    sars: repository.findSuspiciousActivityReportsByNominalIds(ALL_IDS),
    covert: repository.findCovertInterestsByNominalIds(ALL_IDS),
    deconfliction: repository.findDeconflictionsByNominalIds(ALL_IDS),
  };
}

describe('seeding the NCA/HMRC store', () => {
  const repository = openNcaHmrcRepository(TEST_STORE);

  it('gives the same rows for the same seed', () => {
    const again = openNcaHmrcRepository(TEST_STORE);
    expect(dumpStore(again)).toEqual(dumpStore(repository));
  });

  it('gives different rows for a different seed', () => {
    const other = openNcaHmrcRepository({
      ...TEST_STORE,
      seed: 'another-seed',
    });
    expect(dumpStore(other).sars).not.toEqual(dumpStore(repository).sars);
  });

  it("keeps each nominal's records whatever the population size", () => {
    const larger = openNcaHmrcRepository({ ...TEST_STORE, size: SIZE + 200 });
    expect(dumpStore(larger)).toEqual(dumpStore(repository));
  });

  it('holds HMRC records exactly for nominals with an HMRC reference, under that reference', () => {
    const population = createPopulation({ seed: DEFAULT_SEED, size: SIZE });
    const expected = population
      .filter((nominal) => nominal.hmrcReference !== null)
      .map((nominal) => ({
        nominalId: nominal.id,
        taxReference: nominal.hmrcReference,
      }));
    const held = repository.findHmrcRecordsByNominalIds(ALL_IDS);
    expect(
      [...held].sort((a, b) => a.nominalId.localeCompare(b.nominalId)),
    ).toEqual(expected);
  });

  it('holds NCA records for nominals with an NCA reference, and for NOM-00002 whether or not it has one', () => {
    const population = createPopulation({ seed: DEFAULT_SEED, size: SIZE });
    const expected = population
      .filter(
        (nominal) =>
          nominal.ncaReference !== null || nominal.id === 'NOM-00002',
      )
      .map((nominal) => nominal.id);
    const held = repository
      .findNcaRecordsByNominalIds(ALL_IDS)
      .map((row) => row.nominalId);
    expect(held.sort()).toEqual(expected);
    expect(held).toContain('NOM-00002');
  });

  it('seeds a population of 100000 nominals', () => {
    const large = openNcaHmrcRepository({ ...TEST_STORE, size: 100000 });
    expect(
      large.findNcaRecordsByNominalIds(['NOM-99999', 'NOM-00001']).length,
    ).toBeGreaterThanOrEqual(1);
    expect(large.findHmrcRecordsByNominalIds(['NOM-00001'])).toHaveLength(1);
  }, 120000);
});

describe('NCND safety of the seeded NCA data', () => {
  const store = dumpStore(openNcaHmrcRepository({ ...TEST_STORE, size: 2000 }));
  const idsOf = (rows: unknown[]): Set<string> =>
    new Set(rows.map((row) => (row as { nominalId: string }).nominalId));
  const covert = idsOf(store.covert ?? []);
  const overt = idsOf(store.nca ?? []);
  const tiered = idsOf(store.tierings ?? []);
  const flagged = idsOf(store.deconfliction ?? []);

  it('gives every covert nominal an overt NCA record, a tiering and the deconfliction flag', () => {
    expect(covert.size).toBeGreaterThan(0);
    for (const id of covert) {
      expect([overt.has(id), tiered.has(id), flagged.has(id)]).toEqual([
        true,
        true,
        true,
      ]);
    }
  });

  it('gives every overt NCA record a tiering, so tiering says nothing of covert interest', () => {
    expect(tiered).toEqual(overt);
  });

  it('sets the deconfliction flag on more nominals without a covert interest than with one', () => {
    const flaggedWithoutCovert = [...flagged].filter((id) => !covert.has(id));
    expect(flaggedWithoutCovert.length).toBeGreaterThan(covert.size * 2);
  });

  it('gives every flag the same route, whatever lies behind it', () => {
    const routes = new Set(
      (store.deconfliction ?? []).map(
        (row) => (row as { route: string }).route,
      ),
    );
    expect(routes.size).toBe(1);
  });
});
