import {
  NOMINATIONS_BY_STATUS,
  SNAPSHOT_DATE,
  TOTAL_NOMINATIONS,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { COMMUNITY } from '../reference/courts';
import { findEstablishment } from '../reference/establishments';
import { HELD_IN_PRISON } from '../synthetic/createCustodyRecords';
import { createHmppsRecords } from '../synthetic/createHmppsRecords';
import { TEST_POPULATION, TEST_STORE } from './fixtures';

const generated = TEST_POPULATION.map((nominal) => ({
  nominal,
  records: createHmppsRecords(TEST_STORE.seed, nominal),
}));
const WOMENS_ESTATE = ['RESTRICTED', 'CLOSED', 'OPEN'];

describe('createHmppsRecords', () => {
  it('holds in prison exactly the 109 of the 129 nominations that were in custody (seed 000 E419)', () => {
    const nominations = generated.slice(0, TOTAL_NOMINATIONS);
    const held = nominations.filter(
      ({ records }) =>
        records.custody && HELD_IN_PRISON.has(records.custody.status),
    );
    expect(held).toHaveLength(NOMINATIONS_BY_STATUS.CUSTODY);
  });

  it('gives every nominal in custody a prison record in prison and a probation case', () => {
    for (const { nominal, records } of generated.filter(
      (entry) => entry.nominal.supervision === 'CUSTODY',
    )) {
      expect(records.custody?.prisonNumber).toBe(nominal.prisonNumber);
      expect(HELD_IN_PRISON.has(records.custody?.status ?? 'RELEASED')).toBe(
        true,
      );
      expect(records.probation?.crn).toBe(nominal.crn);
      expect(records.movements.length).toBeGreaterThan(0);
    }
  });

  it('gives nominals under probation a case in the community, with a released prison record only if they have a prison number', () => {
    for (const { nominal, records } of generated.filter(
      (entry) => entry.nominal.supervision === 'PROBATION',
    )) {
      expect(records.probation).toMatchObject({
        crn: nominal.crn,
        status: 'ACTIVE',
      });
      if (nominal.prisonNumber === null) {
        expect(records.custody).toBeNull();
        expect(records.probation?.supervisionType).toBe('COMMUNITY_ORDER');
      } else {
        expect(['RELEASED_ON_LICENCE', 'RELEASED']).toContain(
          records.custody?.status,
        );
        expect(records.movements.at(-1)).toMatchObject({
          reason: 'RELEASE',
          toLocation: COMMUNITY,
        });
      }
      expect(records.visits).toEqual([]);
      expect(records.phoneContacts).toEqual([]);
    }
  });

  it('holds nothing at all on a nominal under no supervision', () => {
    const unsupervised = generated.filter(
      (entry) => entry.nominal.supervision === 'NONE',
    );
    expect(unsupervised.length).toBeGreaterThan(0);
    for (const { records } of unsupervised) {
      expect(records).toEqual({
        custody: null,
        movements: [],
        adjudications: [],
        seizures: [],
        visits: [],
        phoneContacts: [],
        probation: null,
        licenceConditions: [],
        risk: null,
      });
    }
  });

  it('keeps each prison record consistent: chronological movements ending where the nominal is held', () => {
    for (const { records } of generated) {
      const custody = records.custody;
      if (!custody) continue;
      const dates = records.movements.map((movement) => movement.movementDate);
      expect(dates).toEqual([...dates].sort());
      expect(
        dates.every(
          (date) => date >= custody.receptionDate && date <= SNAPSHOT_DATE,
        ),
      ).toBe(true);
      expect(records.movements[0]?.reason).toBe('ADMISSION');
      const last = records.movements.at(-1);
      const whereNow =
        last?.reason === 'RELEASE' ? last.fromLocation : last?.toLocation;
      expect(whereNow).toBe(custody.establishment);
      if (custody.status === 'IN_CUSTODY')
        expect(custody.earliestReleaseDate! > SNAPSHOT_DATE).toBe(true);
      if (custody.status === 'RELEASED_ON_LICENCE')
        expect(custody.licenceExpiryDate! > SNAPSHOT_DATE).toBe(true);
    }
  });

  it("places each prisoner in an establishment that holds their category, women in the women's estate", () => {
    for (const { nominal, records } of generated) {
      const custody = records.custody;
      if (!custody || nominal.id === WELL_KNOWN_NOMINAL_ID) continue;
      const establishment = findEstablishment(custody.establishment);
      expect(establishment?.region).toBe(custody.establishmentRegion);
      expect(establishment?.holds).toContain(custody.securityCategory);
      expect(WOMENS_ESTATE.includes(custody.securityCategory)).toBe(
        nominal.gender === 'FEMALE',
      );
    }
  });

  it('uses only phone numbers from the Ofcom drama range', () => {
    const numbers = generated.flatMap(({ records }) =>
      records.phoneContacts.map((contact) => contact.phoneNumber),
    );
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(number).toMatch(/^07700 900\d{3}$/);
  });

  it('records MAPPA levels 1-3 and categories 2-3 together or not at all', () => {
    for (const { records } of generated) {
      const risk = records.risk;
      if (!risk) continue;
      expect(risk.mappaLevel === null).toBe(risk.mappaCategory === null);
      if (risk.mappaLevel !== null)
        expect([1, 2, 3]).toContain(risk.mappaLevel);
      if (risk.mappaCategory !== null)
        expect([2, 3]).toContain(risk.mappaCategory);
    }
  });
});
