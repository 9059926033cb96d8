import { computeRequestFigures, nearestRank } from '../computeRequestFigures';
import { type CountedEvent } from '../DisclosureRequestRepository';
import { readFigureQuestion } from '../readFigureQuestion';

const HOUR = 3_600_000;
const START = Date.parse('2026-09-01T09:00:00.000Z');

function event(
  kind: CountedEvent['kind'],
  hours: number,
  region: CountedEvent['region'] = 'NORTH_WEST',
  pendingHours = 0,
): CountedEvent {
  return {
    kind,
    at: new Date(START + hours * HOUR).toISOString(),
    actor: null,
    pendingSince: new Date(START + pendingHours * HOUR).toISOString(),
    note: null,
    region,
  };
}

describe('request figures', () => {
  it('takes the nearest rank: the smallest value with the share at or below it', () => {
    expect(nearestRank([], 0.5)).toBeUndefined();
    expect(nearestRank([5], 0.9)).toBe(5);
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });

  it("counts each event once, in its request's region, with waits from reaching the owner to the decision", () => {
    const figures = computeRequestFigures(
      [
        event('RAISED', 0),
        event('RAISED', 0, 'WALES'),
        event('APPROVED', 10),
        event('DECLINED', 30.25),
        event('REOPENED', 40),
        event('PARTIALLY_APPROVED', 45, 'NORTH_WEST', 40),
        event('EXPIRED', 48, 'WALES'),
      ],
      [{ region: 'NORTH_WEST', used: 2 }],
    );
    expect(figures.byRegion.map((row) => row.region)).toEqual([
      'NORTH_WEST',
      'WALES',
    ]);
    expect(figures.total).toEqual({
      region: null,
      raised: 2,
      reopened: 1,
      decided: 3,
      approved: 1,
      partiallyApproved: 1,
      declined: 1,
      withdrawn: 0,
      expired: 1,
      medianHoursToDecision: 10,
      p90HoursToDecision: 30.3,
      grantsUsed: 2,
    });
    expect(figures.byRegion[1]).toMatchObject({
      raised: 1,
      expired: 1,
      decided: 0,
      medianHoursToDecision: null,
    });
  });

  it('reads a period of whole days, both included, and refuses what is not one', () => {
    const reading = readFigureQuestion(
      { owner: 'HMRC', from: '2026-09-01', to: '2026-09-30' },
      ['HMRC'],
    );
    expect(reading).toEqual({
      ok: true,
      period: {
        owner: 'HMRC',
        from: '2026-09-01',
        to: '2026-09-30',
        start: '2026-09-01T00:00:00.000Z',
        end: '2026-10-01T00:00:00.000Z',
        region: null,
      },
    });
    const refused = readFigureQuestion(
      {
        owner: 'POLICE',
        from: '2026-02-30',
        to: '2020-01-01',
        region: 'MERCIA',
      },
      ['HMRC'],
    );
    expect(refused.ok ? [] : refused.problems).toEqual([
      'owner "POLICE" is not an agency whose requests this service keeps (HMRC).',
      'from "2026-02-30" is not a day written yyyy-mm-dd.',
      'region "MERCIA" is not a region (NORTH_EAST, NORTH_WEST, YORKSHIRE_AND_HUMBER, EAST_MIDLANDS, WEST_MIDLANDS, EASTERN, SOUTH_EAST, SOUTH_WEST, WALES, LONDON).',
    ]);
    const long = readFigureQuestion(
      { owner: 'HMRC', from: '2020-01-01', to: '2025-01-01' },
      ['HMRC'],
    );
    expect(long.ok ? [] : long.problems).toEqual([
      'the period may span at most 5 years.',
    ]);
  });
});
