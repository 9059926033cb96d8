import {
  COHORT_FUNNEL,
  DEFAULT_SEED,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { type SqliteDatabase } from '@marsoc/platform/store';
import { openApmisDatabase } from '../repository/openApmisRepository';

/**
 * Counts the seeded store against the figures of seed 000, the MARSOC Early
 * Adopter evaluation (Table 1 at E423-E432, E545-E549). Two seeds, so the figures
 * are exact by construction rather than by luck.
 */
describe.each([DEFAULT_SEED, 'another-seed'])(
  'the APMIS store seeded with %s',
  (seed) => {
    let database: SqliteDatabase;
    beforeAll(async () => {
      database = await openApmisDatabase({
        dataDirectory: ':memory:',
        seed,
        size: 300,
      });
    });
    afterAll(() => database.close());

    const count = (sql: string, ...params: (string | number)[]): number =>
      database.prepare<(string | number)[], { n: number }>(sql).get(...params)
        ?.n ?? -1;

    const countBy = (sql: string): Record<string, number> =>
      Object.fromEntries(
        database
          .prepare<[], { key: string; n: number }>(sql)
          .all()
          .map(({ key, n }) => [key, n]),
      );

    const MARSOC = 'FROM apmis_disruption WHERE marsoc_flag = 1';

    it('holds 129 nominations: 109 in custody, 16 under probation, 4 unsupervised (seed 000 E419)', () => {
      expect(count('SELECT count(*) n FROM cohort_nomination')).toBe(129);
      expect(
        countBy(
          'SELECT supervision_at_nomination key, count(*) n FROM cohort_nomination GROUP BY 1',
        ),
      ).toEqual({
        CUSTODY: 109,
        PROBATION: 16,
        NONE: 4,
      });
    });

    it('has 76 nominations by police and 48 by HMPPS (seed 000 E419)', () => {
      const byAgency = countBy(
        'SELECT nominating_agency key, count(*) n FROM cohort_nomination GROUP BY 1',
      );
      expect(byAgency.POLICE).toBe(76);
      expect(byAgency.HMPPS).toBe(48);
    });

    it('reproduces the Table 1 funnel cycle by cycle (seed 000 E423-E432)', () => {
      const perCycle = (where: string, column = 'cycle_nominated') =>
        [1, 2, 3, 4, 5, 6].map((cycle) =>
          count(
            `SELECT count(*) n FROM cohort_nomination WHERE ${column} = ? ${where}`,
            cycle,
          ),
        );
      expect(perCycle('')).toEqual(COHORT_FUNNEL.nominated);
      expect(
        perCycle("AND status NOT IN ('NOT_PUT_FORWARD', 'NOMINATED')"),
      ).toEqual(COHORT_FUNNEL.putForward);
      expect(
        perCycle("AND status IN ('SELECTED', 'DESELECTED', 'EXITED')"),
      ).toEqual(COHORT_FUNNEL.selected);
      expect(perCycle("AND status = 'NOT_SELECTED'")).toEqual([
        3, 3, 5, 1, 1, 3,
      ]);
      expect(perCycle('', 'cycle_deselected')).toEqual(
        COHORT_FUNNEL.deselected,
      );
    });

    it('has a current cohort of 42 (seed 000 E421)', () => {
      expect(
        count(
          "SELECT count(*) n FROM cohort_nomination WHERE status = 'SELECTED'",
        ),
      ).toBe(42);
    });

    it('records 307 MARSOC disruptions: 235 minor, 46 moderate, 7 major, 19 no impact (seed 000 E545-E549)', () => {
      expect(count(`SELECT count(*) n ${MARSOC}`)).toBe(307);
      expect(
        countBy(`SELECT assessment key, count(*) n ${MARSOC} GROUP BY 1`),
      ).toEqual({
        MINOR: 235,
        MODERATE: 46,
        MAJOR: 7,
        NO_IMPACT: 19,
      });
    });

    it('splits them Pursue 151, Prevent 123, Protect 23, Prepare 10 (seed 000 E549)', () => {
      expect(
        countBy(`SELECT four_p key, count(*) n ${MARSOC} GROUP BY 1`),
      ).toEqual({
        PURSUE: 151,
        PREVENT: 123,
        PROTECT: 23,
        PREPARE: 10,
      });
    });

    it('has 7 of the 307 recorded by HMPPS and the rest by police (seed 000 E547)', () => {
      expect(
        countBy(`SELECT recording_agency key, count(*) n ${MARSOC} GROUP BY 1`),
      ).toEqual({ HMPPS: 7, POLICE: 300 });
    });

    it('counts 41 arrests from MARSOC disruptions (seed 000 E545-E549)', () => {
      expect(count(`SELECT sum(arrests) n ${MARSOC}`)).toBe(41);
    });

    it('spreads MARSOC disruptions over all 97 nominals ever selected, each dated while on the cohort (seed 000 E427)', () => {
      const owners = count(`SELECT count(DISTINCT nominal_id) n ${MARSOC}`);
      expect(owners).toBe(97);
      const outsideCohort = count(
        `SELECT count(*) n FROM apmis_disruption d JOIN cohort_nomination c USING (nominal_id)
       WHERE d.marsoc_flag = 1 AND c.status NOT IN ('SELECTED', 'DESELECTED')`,
      );
      expect(outsideCohort).toBe(0);
    });

    it('also holds disruptions not recorded against MARSOC, which MARSOC counts leave out (seed 000 E547)', () => {
      expect(
        count('SELECT count(*) n FROM apmis_disruption WHERE marsoc_flag = 0'),
      ).toBeGreaterThan(0);
      expect(count('SELECT count(*) n FROM apmis_disruption')).toBeGreaterThan(
        307,
      );
    });

    it('puts every nominal on the master list with at least one SOC threat', () => {
      expect(count('SELECT count(*) n FROM apmis_nominal')).toBe(300);
      expect(
        count('SELECT count(DISTINCT nominal_id) n FROM apmis_soc_threat'),
      ).toBe(300);
    });

    it('makes NOM-00001 a selected North West priority individual with several disruptions', () => {
      const threat = "threat_type = 'PRIORITY_INDIVIDUAL'";
      expect(
        count(
          `SELECT count(*) n FROM apmis_soc_threat WHERE nominal_id = ? AND ${threat}`,
          WELL_KNOWN_NOMINAL_ID,
        ),
      ).toBe(1);
      expect(
        count(
          'SELECT count(*) n FROM apmis_disruption WHERE nominal_id = ?',
          WELL_KNOWN_NOMINAL_ID,
        ),
      ).toBeGreaterThanOrEqual(3);
      expect(
        count(
          "SELECT count(*) n FROM cohort_nomination WHERE nominal_id = ? AND status = 'SELECTED' AND region = 'NORTH_WEST'",
          WELL_KNOWN_NOMINAL_ID,
        ),
      ).toBe(1);
    });
  },
);
