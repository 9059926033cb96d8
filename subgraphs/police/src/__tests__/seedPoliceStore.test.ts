import { formatNominalId } from '@marsoc/platform';
import { createTestDatabase } from '@marsoc/platform/testing';
import {
  createPoliceReads,
  openPoliceRepository,
  openPoliceStore,
  type PoliceReads,
} from '../repository/openPoliceRepository';

const SIZE = 150;
const ALL_IDS = Array.from({ length: SIZE }, (_, index) =>
  formatNominalId(index),
);

type Reads = PoliceReads;

/** A read whose rows come back in no promised order, put in one. */
function sorted<Row>(rows: Row[]): Row[] {
  return rows
    .map((row) => [JSON.stringify(row), row] as const)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([, row]) => row);
}

/** Every row the store holds, read through every batch method. */
async function readEverything(repository: Reads): Promise<unknown[]> {
  const nominals = await repository.findNominalsByIds(ALL_IDS);
  return [
    sorted(nominals),
    sorted(
      await repository.findNominalIdsByPncIds(
        nominals.map((nominal) => nominal.pncId),
      ),
    ),
    sorted(
      await repository.findNominalIdsByCroNumbers(
        nominals.map((nominal) => nominal.croNumber),
      ),
    ),
    await repository.findAliasesByNominalIds(ALL_IDS),
    await repository.findWarningMarkersByNominalIds(ALL_IDS),
    await repository.findArrestsByNominalIds(ALL_IDS),
    await repository.findConvictionsByNominalIds(ALL_IDS),
    await repository.findIntelligenceReportsByNominalIds(ALL_IDS),
    await repository.findOcgAffiliationsByNominalIds(ALL_IDS),
    await repository.findVehiclesByNominalIds(ALL_IDS),
    await repository.findAddressesByNominalIds(ALL_IDS),
    await repository.findAssociateLinksByNominalIds(ALL_IDS),
    await repository.findSearchCandidates([
      {
        key: "the first nominal's date of birth",
        names: [],
        dateOfBirth: nominals[0]?.dateOfBirth ?? null,
        pncId: null,
        croNumber: null,
      },
      {
        key: "the first nominal's surname",
        names: [nominals[0]?.surname.toLowerCase() ?? ''],
        dateOfBirth: null,
        pncId: null,
        croNumber: null,
      },
    ]),
  ];
}

async function seedAndRead(seed: string): Promise<unknown[]> {
  const repository = await openPoliceRepository({
    dataDirectory: ':memory:',
    seed,
    size: SIZE,
  });
  try {
    return await readEverything(repository);
  } finally {
    await repository.close();
  }
}

describe('seeding the police store', () => {
  it('stores the same rows from the same seed', async () => {
    expect(await seedAndRead('determinism')).toEqual(
      await seedAndRead('determinism'),
    );
  });

  it('stores different rows from a different seed', async () => {
    expect(await seedAndRead('determinism')).not.toEqual(
      await seedAndRead('another-seed'),
    );
  });

  it('stores a PNC record for every nominal of the population', async () => {
    const [nominals] = (await seedAndRead('coverage')) as [
      { nominalId: string }[],
    ];
    expect(nominals.map((nominal) => nominal.nominalId)).toEqual(ALL_IDS);
  });

  it('writes the same rows on PostgreSQL as on SQLite, row for row', async () => {
    const database = await createTestDatabase('police_seed');
    const store = await openPoliceStore({
      dataDirectory: ':memory:',
      databaseUrl: database.url,
      seed: 'determinism',
      size: SIZE,
    });
    try {
      expect(store.dialect).toBe('postgres');
      const onServer = await readEverything(createPoliceReads(store));
      expect(onServer).toEqual(await seedAndRead('determinism'));
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
