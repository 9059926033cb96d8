import { createPopulation, WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  generatePoliceRecords,
  type PoliceRecordSet,
} from '../synthetic/generatePoliceRecords';

const SEED = 'generation-test';
const population = createPopulation({ seed: SEED, size: 400 });
const records = population.map((nominal) =>
  generatePoliceRecords(SEED, nominal),
);

function recordsOf(id: string): PoliceRecordSet {
  const found = records.find((set) => set.nominal.nominalId === id);
  if (!found) throw new Error(`${id} not generated`);
  return found;
}

describe('generatePoliceRecords', () => {
  it('generates the same records from the same seed', () => {
    const again = createPopulation({ seed: SEED, size: 400 }).map((nominal) =>
      generatePoliceRecords(SEED, nominal),
    );
    expect(again).toEqual(records);
  });

  it('gives a nominal the same record whatever the population size', () => {
    const larger = createPopulation({ seed: SEED, size: 600 });
    const nominal = larger[199];
    if (!nominal) throw new Error('population too small');
    expect(generatePoliceRecords(SEED, nominal)).toEqual(recordsOf(nominal.id));
  });

  it('generates different records from a different seed', () => {
    const [nominal] = createPopulation({ seed: 'another-seed', size: 200 });
    if (!nominal) throw new Error('empty population');
    expect(generatePoliceRecords('another-seed', nominal)).not.toEqual(
      recordsOf(nominal.id),
    );
  });

  // 1-8 drawn convictions, plus the one behind an HMPPS custodial sentence
  // when the nominal has one (issue 16 point 8).
  it('gives every nominal a PNC record with 1-9 convictions and 0-6 intelligence reports', () => {
    for (const set of records) {
      expect(set.convictions.length).toBeGreaterThanOrEqual(1);
      expect(set.convictions.length).toBeLessThanOrEqual(9);
      expect(set.intelligenceReports.length).toBeLessThanOrEqual(6);
      expect(set.addresses.some((address) => address.type === 'HOME')).toBe(
        true,
      );
    }
  });

  it('maps about 60% of nominals to an OCG, and gives nominated nominals more intelligence', () => {
    const affiliated =
      records.filter((set) => set.ocgAffiliations.length > 0).length /
      records.length;
    expect(affiliated).toBeGreaterThan(0.5);
    expect(affiliated).toBeLessThan(0.7);
    const meanReports = (sets: readonly PoliceRecordSet[]): number =>
      sets.reduce((sum, set) => sum + set.intelligenceReports.length, 0) /
      sets.length;
    // The first 129 are the Early Adopter nominations (seed 000 E419).
    expect(meanReports(records.slice(0, 129))).toBeGreaterThan(
      meanReports(records.slice(129)),
    );
  });

  it('records conditions for every handling code C report and none for P (3x5x2 handling codes)', () => {
    for (const report of records.flatMap((set) => set.intelligenceReports)) {
      expect(report.handlingConditions.length > 0).toBe(
        report.handlingCode === 'C',
      );
    }
  });

  it('makes up addresses and registration marks that cannot be real', () => {
    for (const set of records) {
      for (const { address } of set.addresses)
        expect(address).toMatch(/, Q[A-Z]\d{1,2} \d[A-Z]{2}$/);
      for (const { vrm } of set.vehicles)
        expect(vrm).toMatch(/^Z[A-Z]\d{2} [A-Z]{3}$/);
    }
  });

  it('never dates a record before the nominal turned 16 or after the records were taken', () => {
    for (const set of records) {
      const sixteenth = `${Number(set.nominal.dateOfBirth.slice(0, 4)) + 16}${set.nominal.dateOfBirth.slice(4)}`;
      const dates = [
        ...set.convictions.map((row) => row.convictedOn),
        ...set.arrests.map((row) => row.arrestedOn),
        ...set.intelligenceReports.map((row) => row.dateRecorded),
        ...set.warningMarkers.map((row) => row.dateAdded),
      ];
      for (const date of dates) {
        expect(date >= sixteenth && date <= '2024-03-31').toBe(true);
      }
    }
  });
});

describe('the well-known nominal NOM-00001', () => {
  const nominal = recordsOf(WELL_KNOWN_NOMINAL_ID);
  const reports = nominal.intelligenceReports;

  it('has warning markers, several convictions, an OCG affiliation, a vehicle and two addresses', () => {
    expect(nominal.warningMarkers.map((marker) => marker.code)).toEqual(
      expect.arrayContaining(['VI', 'WE']),
    );
    expect(nominal.convictions.length).toBeGreaterThanOrEqual(4);
    expect(nominal.ocgAffiliations.length).toBeGreaterThanOrEqual(1);
    expect(nominal.vehicles.length).toBeGreaterThanOrEqual(1);
    expect(nominal.addresses.length).toBeGreaterThanOrEqual(2);
  });

  it('has prison intelligence that HMPPS must consent to before it goes further', () => {
    expect(reports).toContainEqual(
      expect.objectContaining({
        originatorAgency: 'HMPPS',
        handlingCode: 'C',
        handlingConditions: [{ kind: 'ORIGINATOR_CONSENT_REQUIRED' }],
        consentedAgencies: [],
      }),
    );
  });

  it('has a SECRET report with source details and a report shareable only with its source sanitised', () => {
    expect(reports).toContainEqual(
      expect.objectContaining({
        classification: 'SECRET',
        sourceDetails: expect.any(String) as unknown,
      }),
    );
    const sanitised = reports.find((report) =>
      report.handlingConditions.some(
        (condition) => condition.kind === 'SANITISE_SOURCE',
      ),
    );
    expect(sanitised?.sanitisedSummary).toBeTruthy();
    expect(sanitised?.sourceDetails).toBeTruthy();
    expect(sanitised?.sanitisedSummary).not.toContain(nominal.nominal.surname);
  });

  it('holds every required case under another seed too', () => {
    const [other] = createPopulation({ seed: 'other-seed', size: 129 });
    if (!other) throw new Error('empty population');
    const otherReports = generatePoliceRecords(
      'other-seed',
      other,
    ).intelligenceReports;
    expect(otherReports.map((report) => report.classification)).toContain(
      'SECRET',
    );
    expect(otherReports.map((report) => report.originatorAgency)).toContain(
      'HMPPS',
    );
  });
});
