import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { openTestRepository } from './fixtures';

const UNKNOWN_ID = 'NOM-99999';
const BATCH = [WELL_KNOWN_NOMINAL_ID, 'NOM-00002', 'NOM-00150', UNKNOWN_ID];

let repository: ApmisRepository;
beforeAll(async () => {
  repository = await openTestRepository();
});
afterAll(() => repository.close());

function nominalIdsOf(rows: readonly { nominalId: string }[]): string[] {
  return [...new Set(rows.map((row) => row.nominalId))].sort();
}

describe('SqliteApmisRepository', () => {
  it('returns the master-list entry of every requested nominal it holds and nothing for an unknown id', () => {
    const rows = repository.findNominalRecordsByNominalIds(BATCH);
    expect(nominalIdsOf(rows)).toEqual([
      WELL_KNOWN_NOMINAL_ID,
      'NOM-00002',
      'NOM-00150',
    ]);
    expect(
      rows.find((row) => row.nominalId === WELL_KNOWN_NOMINAL_ID),
    ).toMatchObject({
      apmisReference: 'APMIS/NW/00001',
      region: 'NORTH_WEST',
      // The North West ROCU's public name, TITAN (seed 003 A:845-860; issue 16 point 7).
      owningUnit: 'TITAN (North West ROCU)',
    });
  });

  it('returns the SOC threats of every requested nominal, since every nominal on the master list has one', () => {
    const rows = repository.findSocThreatsByNominalIds(BATCH);
    expect(nominalIdsOf(rows)).toEqual([
      WELL_KNOWN_NOMINAL_ID,
      'NOM-00002',
      'NOM-00150',
    ]);
  });

  it('returns disruptions as typed rows ordered by nominal and date', () => {
    const rows = repository.findDisruptionsByNominalIds([
      WELL_KNOWN_NOMINAL_ID,
      UNKNOWN_ID,
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(nominalIdsOf(rows)).toEqual([WELL_KNOWN_NOMINAL_ID]);
    const dates = rows.map((row) => row.date);
    expect(dates).toEqual([...dates].sort());
    for (const row of rows) {
      expect(typeof row.marsocFlag).toBe('boolean');
      expect(Array.isArray(row.supportingAgencies)).toBe(true);
    }
  });

  it('returns cohort memberships only for nominated nominals', () => {
    const rows = repository.findCohortMembershipsByNominalIds([
      WELL_KNOWN_NOMINAL_ID,
      'NOM-00150',
      UNKNOWN_ID,
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        nominalId: WELL_KNOWN_NOMINAL_ID,
        status: 'SELECTED',
        region: 'NORTH_WEST',
      }),
    ]);
  });

  it('answers an empty batch with no rows', () => {
    expect(repository.findNominalRecordsByNominalIds([])).toEqual([]);
    expect(repository.findSocThreatsByNominalIds([])).toEqual([]);
    expect(repository.findDisruptionsByNominalIds([])).toEqual([]);
    expect(repository.findCohortMembershipsByNominalIds([])).toEqual([]);
  });

  it('lists the current cohort of 42 in id order (seed 000 E421), and one region as a subset of it', () => {
    const all = repository.findCurrentCohortNominalIds(null);
    expect(all).toHaveLength(42);
    expect(all).toEqual([...all].sort());
    const northWest = repository.findCurrentCohortNominalIds('NORTH_WEST');
    expect(northWest).toContain(WELL_KNOWN_NOMINAL_ID);
    expect(northWest.every((id) => all.includes(id))).toBe(true);
    const regions = repository
      .findCohortMembershipsByNominalIds(northWest)
      .map((row) => row.region);
    expect(new Set(regions)).toEqual(new Set(['NORTH_WEST']));
  });
});
