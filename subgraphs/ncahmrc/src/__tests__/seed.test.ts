import {
  createPopulation,
  DEFAULT_SEED,
  formatNominalId,
} from '@marsoc/platform';
import { type NcaHmrcRepository } from '../repository/NcaHmrcRepository';
import { createTestDatabase } from '@marsoc/platform/testing';
import { createHmrcRepository } from '../repository/createHmrcRepository';
import { createNcaRepository } from '../repository/createNcaRepository';
import { type HmrcRepository } from '../repository/HmrcRepository';
import { type NcaRepository } from '../repository/NcaRepository';
import {
  openNcaHmrcRepository,
  openNcaHmrcStore,
} from '../repository/openNcaHmrcRepository';
import { TEST_STORE } from './fixtures';

const SIZE = TEST_STORE.size;
const ALL_IDS = Array.from({ length: SIZE }, (_, index) =>
  formatNominalId(index),
);

type Reads = HmrcRepository & NcaRepository;

/** Every row the store holds for the first `SIZE` nominals, method by method. */
async function dumpStore(
  repository: Reads | Promise<Reads>,
): Promise<Record<string, unknown[]>> {
  const reads = await repository;
  return {
    hmrc: await reads.findHmrcRecordsByNominalIds(ALL_IDS),
    selfAssessments: await reads.findSelfAssessmentsByNominalIds(ALL_IDS),
    directorships: await reads.findDirectorshipsByNominalIds(ALL_IDS),
    vat: await reads.findVatRegistrationsByNominalIds(ALL_IDS),
    assets: await reads.findAssetsByNominalIds(ALL_IDS),
    investigations: await reads.findInvestigationsByNominalIds(ALL_IDS),
    nca: await reads.findNcaRecordsByNominalIds(ALL_IDS),
    tierings: await reads.findOcgTieringsByNominalIds(ALL_IDS),
    sars: await reads.findSuspiciousActivityReportsByNominalIds(ALL_IDS),
    covert: await reads.findCovertInterestsByNominalIds(ALL_IDS),
    deconfliction: await reads.findDeconflictionsByNominalIds(ALL_IDS),
  };
}

describe('seeding the NCA/HMRC store', () => {
  let repository: NcaHmrcRepository;
  beforeAll(async () => {
    repository = await openNcaHmrcRepository(TEST_STORE);
  });

  it('gives the same rows for the same seed', async () => {
    const again = openNcaHmrcRepository(TEST_STORE);
    expect(await dumpStore(again)).toEqual(await dumpStore(repository));
  });

  it('gives different rows for a different seed', async () => {
    const other = openNcaHmrcRepository({
      ...TEST_STORE,
      seed: 'another-seed',
    });
    expect((await dumpStore(other)).sars).not.toEqual(
      (await dumpStore(repository)).sars,
    );
  });

  it("keeps each nominal's records whatever the population size", async () => {
    const larger = openNcaHmrcRepository({ ...TEST_STORE, size: SIZE + 200 });
    expect(await dumpStore(larger)).toEqual(await dumpStore(repository));
  });

  it('writes the same rows on PostgreSQL as on SQLite, row for row', async () => {
    const database = await createTestDatabase('ncahmrc_seed');
    const store = await openNcaHmrcStore({
      ...TEST_STORE,
      databaseUrl: database.url,
    });
    try {
      expect(store.dialect).toBe('postgres');
      const onServer = await dumpStore({
        ...createHmrcRepository(store),
        ...createNcaRepository(store),
      });
      expect(onServer).toEqual(await dumpStore(repository));
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it('holds HMRC records exactly for nominals with an HMRC reference, under that reference', async () => {
    const population = createPopulation({ seed: DEFAULT_SEED, size: SIZE });
    const expected = population
      .filter((nominal) => nominal.hmrcReference !== null)
      .map((nominal) => ({
        nominalId: nominal.id,
        taxReference: nominal.hmrcReference,
      }));
    const held = await repository.findHmrcRecordsByNominalIds(ALL_IDS);
    expect(
      [...held].sort((a, b) => a.nominalId.localeCompare(b.nominalId)),
    ).toEqual(expected);
  });

  it('holds NCA records for nominals with an NCA reference, and for NOM-00002 whether or not it has one', async () => {
    const population = createPopulation({ seed: DEFAULT_SEED, size: SIZE });
    const expected = population
      .filter(
        (nominal) =>
          nominal.ncaReference !== null || nominal.id === 'NOM-00002',
      )
      .map((nominal) => nominal.id);
    const held = (await repository.findNcaRecordsByNominalIds(ALL_IDS)).map(
      (row) => row.nominalId,
    );
    expect(held.sort()).toEqual(expected);
    expect(held).toContain('NOM-00002');
  });

  it('seeds a population of 100000 nominals', async () => {
    const large = await openNcaHmrcRepository({ ...TEST_STORE, size: 100000 });
    expect(
      (await large.findNcaRecordsByNominalIds(['NOM-99999', 'NOM-00001']))
        .length,
    ).toBeGreaterThanOrEqual(1);
    expect(await large.findHmrcRecordsByNominalIds(['NOM-00001'])).toHaveLength(
      1,
    );
  }, 120000);
});

describe('NCND safety of the seeded NCA data', () => {
  const idsOf = (rows: unknown[]): Set<string> =>
    new Set(rows.map((row) => (row as { nominalId: string }).nominalId));
  let store: Record<string, unknown[]>;
  let covert: Set<string>;
  let overt: Set<string>;
  let tiered: Set<string>;
  let flagged: Set<string>;
  beforeAll(async () => {
    store = await dumpStore(
      openNcaHmrcRepository({ ...TEST_STORE, size: 2000 }),
    );
    covert = idsOf(store.covert ?? []);
    overt = idsOf(store.nca ?? []);
    tiered = idsOf(store.tierings ?? []);
    flagged = idsOf(store.deconfliction ?? []);
  });

  it('gives every covert nominal an overt NCA record, a tiering and the deconfliction flag', async () => {
    expect(covert.size).toBeGreaterThan(0);
    for (const id of covert) {
      expect([overt.has(id), tiered.has(id), flagged.has(id)]).toEqual([
        true,
        true,
        true,
      ]);
    }
  });

  it('gives every overt NCA record a tiering, so tiering says nothing of covert interest', async () => {
    expect(tiered).toEqual(overt);
  });

  it('sets the deconfliction flag on more nominals without a covert interest than with one', async () => {
    const flaggedWithoutCovert = [...flagged].filter((id) => !covert.has(id));
    expect(flaggedWithoutCovert.length).toBeGreaterThan(covert.size * 2);
  });

  it('gives every flag the same route, whatever lies behind it', async () => {
    const routes = new Set(
      (store.deconfliction ?? []).map(
        (row) => (row as { route: string }).route,
      ),
    );
    expect(routes.size).toBe(1);
  });
});
