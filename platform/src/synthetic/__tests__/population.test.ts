import { COHORT_FUNNEL } from '../calibration';
import {
  createPopulation,
  DEFAULT_SEED,
  WELL_KNOWN_NOMINAL_ID,
} from '../population';

const population = createPopulation({ seed: DEFAULT_SEED, size: 400 });
const nominated = population.filter((nominal) => nominal.nomination !== null);

function countBy<T>(
  items: readonly T[],
  key: (item: T) => string,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('synthetic population', () => {
  it('is deterministic for a seed', () => {
    expect(createPopulation({ seed: DEFAULT_SEED, size: 400 })).toEqual(
      population,
    );
    expect(createPopulation({ seed: 'another', size: 400 })).not.toEqual(
      population,
    );
  });

  it('has 129 nominations split 109 custody, 16 probation, 4 unsupervised (seed 000 E419)', () => {
    expect(nominated).toHaveLength(129);
    expect(countBy(nominated, (nominal) => nominal.supervision)).toEqual({
      CUSTODY: 109,
      PROBATION: 16,
      NONE: 4,
    });
  });

  it('has police 76 and HMPPS 48 nominations, the other 5 unattributed in the source (seed 000 E419)', () => {
    const byAgency = countBy(
      nominated,
      (nominal) => nominal.nomination?.nominatingAgency ?? '',
    );
    expect(byAgency.POLICE).toBe(76);
    expect(byAgency.HMPPS).toBe(48);
    expect(nominated.length - 76 - 48).toBe(5);
  });

  it('reproduces the cohort funnel of Table 1 cycle by cycle (seed 000 E423-E432)', () => {
    COHORT_FUNNEL.nominated.forEach((count, index) => {
      const cycle = nominated.filter(
        (nominal) => nominal.nomination?.cycle === index + 1,
      );
      expect(cycle).toHaveLength(count);
      const putForward = cycle.filter(
        (nominal) => nominal.nomination?.outcome !== 'NOT_PUT_FORWARD',
      );
      expect(putForward).toHaveLength(COHORT_FUNNEL.putForward[index] ?? -1);
      const selected = cycle.filter((nominal) =>
        ['CURRENT', 'DESELECTED'].includes(nominal.nomination?.outcome ?? ''),
      );
      expect(selected).toHaveLength(COHORT_FUNNEL.selected[index] ?? -1);
      const deselectedNow = nominated.filter(
        (nominal) => nominal.nomination?.deselectedCycle === index + 1,
      );
      expect(deselectedNow).toHaveLength(COHORT_FUNNEL.deselected[index] ?? -1);
    });
    const outcomes = countBy(
      nominated,
      (nominal) => nominal.nomination?.outcome ?? '',
    );
    expect(outcomes).toEqual({
      CURRENT: 42,
      DESELECTED: 55,
      NOT_SELECTED: 16,
      NOT_PUT_FORWARD: 16,
    });
  });

  it('deselects only nominals selected in an earlier cycle', () => {
    for (const nominal of nominated) {
      const { cycle, deselectedCycle } = nominal.nomination ?? {
        cycle: 0,
        deselectedCycle: null,
      };
      if (deselectedCycle !== null)
        expect(deselectedCycle).toBeGreaterThan(cycle);
    }
  });

  it('makes NOM-00001 a current police nomination in custody in the North West with HMRC and NCA references', () => {
    const wellKnown = population[0];
    expect(wellKnown?.id).toBe(WELL_KNOWN_NOMINAL_ID);
    expect(wellKnown).toMatchObject({
      region: 'NORTH_WEST',
      supervision: 'CUSTODY',
      nomination: { cycle: 1, nominatingAgency: 'POLICE', outcome: 'CURRENT' },
    });
    expect(wellKnown?.hmrcReference).not.toBeNull();
    expect(wellKnown?.ncaReference).not.toBeNull();
    expect(wellKnown?.prisonNumber).not.toBeNull();
  });

  it('refuses a population smaller than the nominations', () => {
    expect(() => createPopulation({ seed: DEFAULT_SEED, size: 10 })).toThrow(
      /at least 129/,
    );
  });
});

describe('synthetic identifiers', () => {
  it('never gives two nominals the same PNC ID, CRO number, prison number or CRN, even at 10^5', () => {
    const large = createPopulation({ seed: DEFAULT_SEED, size: 100_000 });
    for (const key of ['pncId', 'croNumber', 'prisonNumber', 'crn'] as const) {
      const values = large
        .map((nominal) => nominal[key])
        .filter((value) => value !== null);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it("makes NOM-00001 male, as HMP Altcourse is a men's prison", () => {
    expect(population[0]?.gender).toBe('MALE');
  });
});
