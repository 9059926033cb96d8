import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import { type StoreDialect, type SubgraphStore } from '@marsoc/platform/store';
import {
  createTestDatabase,
  type TestDatabase,
} from '@marsoc/platform/testing';
import {
  createHmppsRecordReads,
  type HmppsRecordReads,
} from '../repository/createHmppsRepository';
import { type HmppsTables } from '../repository/HmppsTables';
import { openHmppsStore } from '../repository/openHmppsRepository';
import { findNominal, TEST_POPULATION, TEST_STORE } from './fixtures';

// The one code path on both dialects (docs/postgres-store.md): the same
// seeded store, read by the same queries, on the file and on the server.
describe.each<StoreDialect>(['sqlite', 'postgres'])(
  'the HMPPS store on %s',
  (dialect) => {
    let database: TestDatabase | undefined;
    let store: SubgraphStore<HmppsTables>;
    let repository: HmppsRecordReads;
    const wellKnown = findNominal(
      (nominal) => nominal.id === WELL_KNOWN_NOMINAL_ID,
    );
    const inCustody = TEST_POPULATION.filter(
      (nominal) => nominal.supervision === 'CUSTODY',
    ).slice(1, 6);
    const unsupervised = findNominal(
      (nominal) => nominal.supervision === 'NONE',
    );

    beforeAll(async () => {
      database =
        dialect === 'postgres' ? await createTestDatabase('hmpps') : undefined;
      store = await openHmppsStore({
        ...TEST_STORE,
        databaseUrl: database?.url,
      });
      repository = createHmppsRecordReads(store);
    });

    afterAll(async () => {
      await store.close();
      await database?.drop();
    });

    it('returns a prison record for every requested nominal in custody, in one call', async () => {
      const ids = inCustody.map((nominal) => nominal.id);
      const rows = await repository.findCustodyByNominalIds(ids);
      expect(rows.map((row) => row.nominalId).sort()).toEqual([...ids].sort());
      for (const row of rows) {
        const nominal = inCustody.find(
          (candidate) => candidate.id === row.nominalId,
        );
        expect(row.prisonNumber).toBe(nominal?.prisonNumber);
      }
    });

    it('returns nothing for unknown ids, an unsupervised nominal or an empty batch', async () => {
      const unknown = ['NOM-99999', 'not-a-nominal', unsupervised.id];
      expect(await repository.findCustodyByNominalIds(unknown)).toEqual([]);
      expect(await repository.findMovementsByNominalIds(unknown)).toEqual([]);
      expect(await repository.findAdjudicationsByNominalIds(unknown)).toEqual(
        [],
      );
      expect(await repository.findSeizuresByNominalIds(unknown)).toEqual([]);
      expect(await repository.findVisitsByNominalIds(unknown)).toEqual([]);
      expect(await repository.findPhoneContactsByNominalIds(unknown)).toEqual(
        [],
      );
      expect(await repository.findProbationByNominalIds(unknown)).toEqual([]);
      expect(
        await repository.findLicenceConditionsByNominalIds(unknown),
      ).toEqual([]);
      expect(await repository.findRiskByNominalIds(unknown)).toEqual([]);
      expect(await repository.findCustodyByNominalIds([])).toEqual([]);
    });

    it('returns every movement of every requested nominal, oldest first within each', async () => {
      const ids = [
        WELL_KNOWN_NOMINAL_ID,
        ...inCustody.map((nominal) => nominal.id),
      ];
      const rows = await repository.findMovementsByNominalIds(ids);
      expect(new Set(rows.map((row) => row.nominalId))).toEqual(new Set(ids));
      for (const id of ids) {
        const dates = rows
          .filter((row) => row.nominalId === id)
          .map((row) => row.movementDate);
        expect(dates).toEqual([...dates].sort());
        expect(rows.find((row) => row.nominalId === id)?.reason).toBe(
          'ADMISSION',
        );
      }
    });

    it('holds NOM-00001 in custody at HMP Altcourse, category B, with a transfer there from HMP Manchester', async () => {
      const [custody] = await repository.findCustodyByNominalIds([
        WELL_KNOWN_NOMINAL_ID,
      ]);
      expect(custody).toMatchObject({
        prisonNumber: wellKnown.prisonNumber,
        status: 'IN_CUSTODY',
        establishment: 'HMP Altcourse',
        establishmentRegion: 'NORTH_WEST',
        securityCategory: 'CATEGORY_B',
      });
      const movements = await repository.findMovementsByNominalIds([
        WELL_KNOWN_NOMINAL_ID,
      ]);
      expect(movements.at(-1)).toMatchObject({
        fromLocation: 'HMP Manchester',
        toLocation: 'HMP Altcourse',
        reason: 'TRANSFER',
      });
    });

    it('marks a find referred to the Counter-Corruption Unit as SECRET, handling code C, and no other', async () => {
      const seizures = await repository.findSeizuresByNominalIds([
        WELL_KNOWN_NOMINAL_ID,
      ]);
      expect(seizures.map((seizure) => seizure.itemType)).toEqual([
        'MOBILE_PHONE',
        'DRONE',
        'SIM_CARD',
      ]);
      expect(
        seizures.filter((seizure) => seizure.marking !== undefined),
      ).toEqual([
        expect.objectContaining({
          itemType: 'SIM_CARD',
          marking: expect.objectContaining({
            classification: 'SECRET',
            handling: 'C',
          }),
        }),
      ]);
    });

    it('reads phone approval back as a boolean', async () => {
      const contacts = await repository.findPhoneContactsByNominalIds([
        WELL_KNOWN_NOMINAL_ID,
      ]);
      expect(contacts.map((contact) => contact.approved)).toEqual([
        true,
        true,
        true,
        false,
      ]);
    });

    it('gives NOM-00001 a pre-release probation case with planned licence conditions and a MAPPA level 2 risk', async () => {
      expect(
        await repository.findProbationByNominalIds([WELL_KNOWN_NOMINAL_ID]),
      ).toEqual([
        expect.objectContaining({
          crn: wellKnown.crn,
          status: 'PRE_RELEASE',
          supervisionType: 'LICENCE',
        }),
      ]);
      expect(
        (
          await repository.findLicenceConditionsByNominalIds([
            WELL_KNOWN_NOMINAL_ID,
          ])
        ).length,
      ).toBeGreaterThan(0);
      expect(
        await repository.findRiskByNominalIds([WELL_KNOWN_NOMINAL_ID]),
      ).toEqual([
        expect.objectContaining({
          mappaLevel: 2,
          mappaCategory: 2,
          roshLevel: 'HIGH',
        }),
      ]);
    });

    it('finds nominals by prison number and by CRN, and nothing for references it does not hold', async () => {
      const prisonNumber = wellKnown.prisonNumber ?? '';
      const crn = wellKnown.crn ?? '';
      expect(
        await repository.findNominalIdsByPrisonNumbers([
          prisonNumber,
          'Z9999ZZ',
        ]),
      ).toEqual([
        { reference: prisonNumber, nominalId: WELL_KNOWN_NOMINAL_ID },
      ]);
      expect(await repository.findNominalIdsByCrns([crn, 'Z999999'])).toEqual([
        { reference: crn, nominalId: WELL_KNOWN_NOMINAL_ID },
      ]);
    });
  },
);
