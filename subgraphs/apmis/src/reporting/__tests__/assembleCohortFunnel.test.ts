import { type NominationCycleCounts } from '../../repository/PerformanceReports';
import { assembleCohortFunnel } from '../assembleCohortFunnel';

function cycleOf(
  cycle: number,
  counts: Partial<NominationCycleCounts>,
): NominationCycleCounts {
  return {
    cycle,
    nominated: 0,
    notPutForward: 0,
    awaitingDecision: 0,
    putForward: 0,
    selected: 0,
    notSelected: 0,
    deferred: 0,
    redirected: 0,
    ...counts,
  };
}

describe('assembling the cohort funnel (seed 000 Table 1, E423-E432)', () => {
  it('runs the net cohort on from cycle to cycle and totals every column', () => {
    const funnel = assembleCohortFunnel(
      [
        cycleOf(1, {
          nominated: 40,
          putForward: 32,
          selected: 29,
          notSelected: 3,
          notPutForward: 8,
        }),
        cycleOf(2, {
          nominated: 22,
          putForward: 21,
          selected: 18,
          notSelected: 3,
          notPutForward: 1,
        }),
      ],
      [{ cycle: 2, deselected: 4 }],
    );
    expect(funnel.cycles.map((row) => row.netCohort)).toEqual([29, 43]);
    expect(funnel.cycles[0]?.deselected).toBe(0);
    expect(funnel.totals).toEqual({
      cycle: null,
      nominated: 62,
      notPutForward: 9,
      awaitingDecision: 0,
      putForward: 53,
      selected: 47,
      notSelected: 6,
      deferred: 0,
      redirected: 0,
      deselected: 4,
      netCohort: 43,
    });
  });

  it('gives a cycle with deselections but no nominations its own row', () => {
    const funnel = assembleCohortFunnel(
      [cycleOf(1, { nominated: 2, putForward: 2, selected: 2 })],
      [{ cycle: 3, deselected: 1 }],
    );
    expect(
      funnel.cycles.map((row) => [row.cycle, row.nominated, row.netCohort]),
    ).toEqual([
      [1, 2, 2],
      [3, 0, 1],
    ]);
  });

  it('is empty when nothing was nominated', () => {
    const funnel = assembleCohortFunnel([], []);
    expect(funnel.cycles).toEqual([]);
    expect(funnel.totals.netCohort).toBe(0);
  });
});
