import { formatNominalId } from '@marsoc/platform';
import { openPoliceRepository } from '../repository/openPoliceRepository';
import { type PoliceRepository } from '../repository/PoliceRepository';

const SIZE = 150;
const ALL_IDS = Array.from({ length: SIZE }, (_, index) =>
  formatNominalId(index),
);

/** Every row the store holds, read through every batch method. */
function readEverything(repository: PoliceRepository): unknown[] {
  const nominals = repository.findNominalsByIds(ALL_IDS);
  return [
    nominals,
    repository.findNominalIdsByPncIds(nominals.map((nominal) => nominal.pncId)),
    repository.findNominalIdsByCroNumbers(
      nominals.map((nominal) => nominal.croNumber),
    ),
    repository.findAliasesByNominalIds(ALL_IDS),
    repository.findWarningMarkersByNominalIds(ALL_IDS),
    repository.findArrestsByNominalIds(ALL_IDS),
    repository.findConvictionsByNominalIds(ALL_IDS),
    repository.findIntelligenceReportsByNominalIds(ALL_IDS),
    repository.findOcgAffiliationsByNominalIds(ALL_IDS),
    repository.findVehiclesByNominalIds(ALL_IDS),
    repository.findAddressesByNominalIds(ALL_IDS),
    repository.findAssociateLinksByNominalIds(ALL_IDS),
    repository.findSearchCandidates([
      {
        key: "the first nominal's date of birth",
        names: [],
        dateOfBirth: nominals[0]?.dateOfBirth ?? null,
        pncId: null,
        croNumber: null,
      },
    ]),
  ];
}

function seedAndRead(seed: string): unknown[] {
  const repository = openPoliceRepository({
    dataDirectory: ':memory:',
    seed,
    size: SIZE,
  });
  try {
    return readEverything(repository);
  } finally {
    repository.close();
  }
}

describe('seeding the police store', () => {
  it('stores the same rows from the same seed', () => {
    expect(seedAndRead('determinism')).toEqual(seedAndRead('determinism'));
  });

  it('stores different rows from a different seed', () => {
    expect(seedAndRead('determinism')).not.toEqual(seedAndRead('another-seed'));
  });

  it('stores a PNC record for every nominal of the population', () => {
    const [nominals] = seedAndRead('coverage') as [{ nominalId: string }[]];
    expect(nominals.map((nominal) => nominal.nominalId)).toEqual(ALL_IDS);
  });
});
