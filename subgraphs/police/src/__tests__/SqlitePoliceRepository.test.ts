import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { openSubgraphDatabase } from '@marsoc/platform/store';
import { openPoliceRepository } from '../repository/openPoliceRepository';
import { type PoliceRepository } from '../repository/PoliceRepository';
import { POLICE_SCHEMA_SQL } from '../repository/schema.sql';
import { createSqlitePoliceRepository } from '../repository/SqlitePoliceRepository';

const SOME_NOMINALS = ['NOM-00001', 'NOM-00002', 'NOM-00150', 'NOM-00400'];
const UNKNOWN = ['NOM-99999', 'not-a-nominal'];

let repository: PoliceRepository;

beforeAll(() => {
  repository = openPoliceRepository({
    dataDirectory: ':memory:',
    seed: 'repository-test',
    size: 400,
  });
});

afterAll(() => repository.close());

function nominalIdsOf(rows: readonly { nominalId: string }[]): string[] {
  return [...new Set(rows.map((row) => row.nominalId))].sort();
}

describe('SqlitePoliceRepository', () => {
  it('holds a PNC record, with at least one conviction, for every requested nominal and nothing for unknown ids', () => {
    expect(
      nominalIdsOf(
        repository.findNominalsByIds([...SOME_NOMINALS, ...UNKNOWN]),
      ),
    ).toEqual(SOME_NOMINALS);
    expect(
      nominalIdsOf(
        repository.findConvictionsByNominalIds([...SOME_NOMINALS, ...UNKNOWN]),
      ),
    ).toEqual(SOME_NOMINALS);
    expect(
      nominalIdsOf(
        repository.findArrestsByNominalIds([...SOME_NOMINALS, ...UNKNOWN]),
      ),
    ).toEqual(SOME_NOMINALS);
    expect(
      nominalIdsOf(
        repository.findAddressesByNominalIds([...SOME_NOMINALS, ...UNKNOWN]),
      ),
    ).toEqual(SOME_NOMINALS);
  });

  it('answers every batch method with no rows for ids it does not hold', () => {
    const batches = [
      repository.findNominalsByIds(UNKNOWN),
      repository.findAliasesByNominalIds(UNKNOWN),
      repository.findWarningMarkersByNominalIds(UNKNOWN),
      repository.findArrestsByNominalIds(UNKNOWN),
      repository.findConvictionsByNominalIds(UNKNOWN),
      repository.findIntelligenceReportsByNominalIds(UNKNOWN),
      repository.findOcgAffiliationsByNominalIds(UNKNOWN),
      repository.findVehiclesByNominalIds(UNKNOWN),
      repository.findAddressesByNominalIds(UNKNOWN),
      repository.findNominalIdsByPncIds(UNKNOWN),
      repository.findNominalIdsByCroNumbers(UNKNOWN),
      repository.findNominalsByIds([]),
    ];
    expect(batches.map((rows) => rows.length)).toEqual(batches.map(() => 0));
  });

  it('returns a batch of one nominal exactly as that nominal asked for alone', () => {
    const together =
      repository.findIntelligenceReportsByNominalIds(SOME_NOMINALS);
    for (const id of SOME_NOMINALS) {
      expect(together.filter((row) => row.nominalId === id)).toEqual(
        repository.findIntelligenceReportsByNominalIds([id]),
      );
    }
  });

  it('links each PNC ID and CRO number to its own nominal', () => {
    const [nominal] = repository.findNominalsByIds([WELL_KNOWN_NOMINAL_ID]);
    if (!nominal) throw new Error('NOM-00001 is not seeded');
    expect(repository.findNominalIdsByPncIds([nominal.pncId])).toEqual([
      { identifier: nominal.pncId, nominalId: WELL_KNOWN_NOMINAL_ID },
    ]);
    expect(repository.findNominalIdsByCroNumbers([nominal.croNumber])).toEqual([
      { identifier: nominal.croNumber, nominalId: WELL_KNOWN_NOMINAL_ID },
    ]);
  });

  it('carries each intelligence report’s own marking: classification, handling, conditions, originator and consent', () => {
    const reports = repository.findIntelligenceReportsByNominalIds([
      WELL_KNOWN_NOMINAL_ID,
    ]);
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      expect(report.marking).toEqual({
        classification: report.classification,
        handling: report.handlingCode,
        conditions: report.handlingConditions,
        originator: report.originatorAgency,
        consentedAgencies: report.consentedAgencies,
      });
    }
  });
});

describe('identifier links', () => {
  it('links an identifier recorded against two nominals to neither, rather than guess', () => {
    const database = openSubgraphDatabase({
      dataDirectory: ':memory:',
      name: 'police',
      schemaSql: POLICE_SCHEMA_SQL,
      seedVersion: 'duplicate-pnc',
      seed: (store) => {
        const insert = store.prepare(
          "INSERT INTO police_nominal VALUES (?, ?, ?, 'Test', 'Person', '1990-01-01', 'MALE', NULL)",
        );
        insert.run('NOM-00001', '10/1234567A', '111111/11A');
        insert.run('NOM-00002', '10/1234567A', '222222/11B');
      },
    });
    const ambiguous = createSqlitePoliceRepository(database);
    expect(ambiguous.findNominalIdsByPncIds(['10/1234567A'])).toEqual([]);
    expect(ambiguous.findNominalIdsByCroNumbers(['222222/11B'])).toEqual([
      { identifier: '222222/11B', nominalId: 'NOM-00002' },
    ]);
    ambiguous.close();
  });
});
