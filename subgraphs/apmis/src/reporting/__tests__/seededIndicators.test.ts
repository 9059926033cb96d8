import { COHORT_FUNNEL } from '@marsoc/platform';
import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { openCohortStore } from '../../__tests__/cohortTestKit';
import { apmisService } from '../../apmisService';
import { type ApmisRepository } from '../../repository/ApmisRepository';

let repository: ApmisRepository;
beforeAll(async () => {
  ({ repository } = await openCohortStore());
});
afterAll(() => repository.close());

interface Row {
  cycle?: number | null;
  agency?: string | null;
  value: number;
  denominator: number | null;
}

async function ask(name: string, by = '', keys = ''): Promise<Row[]> {
  const result = await createSubgraphTestServer(apmisService, {
    repository,
  }).execute(
    `{ performance { indicator(name: ${name}, by: [${by}]) { ${keys} value denominator } } }`,
  );
  expect(result.errors).toBeUndefined();
  return (result.data?.performance as { indicator: Row[] }).indicator;
}

describe('the framework indicators over the seeded store reproduce the evaluation’s figures', () => {
  it('counts 129 nominations, 97 of the 113 put forward selected and 16 not (Table 1, E423-E432)', async () => {
    expect(await ask('NOMINATIONS_MADE')).toEqual([
      { value: 129, denominator: null },
    ]);
    expect(await ask('NOMINATIONS_SUCCESSFUL')).toEqual([
      { value: 97, denominator: 113 },
    ]);
    expect(await ask('NOMINATIONS_UNSUCCESSFUL')).toEqual([
      { value: 16, denominator: 113 },
    ]);
    const made = await ask('NOMINATIONS_MADE', 'CYCLE', 'cycle');
    expect(made.map((row) => row.value)).toEqual(COHORT_FUNNEL.nominated);
  });

  it('runs the cohort on cycle by cycle to the 42 current, 2 of them without an SRO (E423-E432, E799)', async () => {
    const cohort = await ask('COHORT_SIZE', 'CYCLE', 'cycle');
    expect(cohort.map((row) => [row.cycle, row.value])).toEqual([
      [1, 29],
      [2, 43],
      [3, 45],
      [4, 44],
      [5, 43],
      [6, 42],
    ]);
    expect(await ask('COHORT_SIZE')).toEqual([
      { value: 42, denominator: null },
    ]);
    expect(await ask('NOMINALS_WITHOUT_SRO')).toEqual([
      { value: 2, denominator: 42 },
    ]);
  });

  it('counts 55 deselections, each with a reason, and the 307 MARSOC disruptions, 7 recorded by HMPPS (E545-E547)', async () => {
    const deselections = await ask('DESELECTIONS', 'CYCLE', 'cycle');
    expect(deselections.map((row) => row.value)).toEqual(
      COHORT_FUNNEL.deselected.filter((count) => count > 0),
    );
    const reasons = await ask('DESELECTION_REASONS');
    expect(reasons.reduce((sum, row) => sum + row.value, 0)).toBe(55);
    expect(await ask('DISRUPTIONS', 'AGENCY', 'agency')).toEqual([
      { agency: 'HMPPS', value: 7, denominator: null },
      { agency: 'POLICE', value: 300, denominator: null },
    ]);
  });
});
