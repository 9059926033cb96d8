import { addDays, addMonths, earlierOf, SNAPSHOT_DATE } from './calendar';
import { type Random } from './random';

/** Where a nominal stands with the prison service on the snapshot day (HMPPS's codes). */
export type CustodyStatus =
  'REMAND' | 'IN_CUSTODY' | 'RECALLED' | 'RELEASED_ON_LICENCE' | 'RELEASED';

/** The key dates of one custodial episode, consistent with its status on the snapshot day. */
export interface CustodyDates {
  receptionDate: string;
  sentenceMonths: number | null;
  sentenceDate: string | null;
  releasedOn: string | null;
  recalledOn: string | null;
  earliestReleaseDate: string | null;
  licenceExpiryDate: string | null;
}

const LONG_SENTENCES = [36, 48, 60, 72, 96, 120, 150, 180, 240];
const MEDIUM_SENTENCES = [36, 48, 60, 72, 96, 120];
/** Under two years: post-sentence supervision follows the licence. */
const SHORT_SENTENCES = [12, 18];

/** Days to the automatic release point, half-way through a standard determinate sentence. */
function daysToHalfway(months: number): number {
  return Math.round((months * 30.44) / 2);
}

function daysAgo(days: number): string {
  return addDays(SNAPSHOT_DATE, -days);
}

/** Sentence follows a spell on remand, at least a month before release or the snapshot. */
function sentencedAfter(
  random: Random,
  receptionDate: string,
  leftCustody: string,
): string {
  return earlierOf(
    addDays(receptionDate, random.integer(60, 300)),
    addDays(leftCustody, -30),
  );
}

function planServing(random: Random): CustodyDates {
  const months = random.pick(LONG_SENTENCES);
  const receptionDate = daysAgo(
    random.integer(120, daysToHalfway(months) - 30),
  );
  return {
    receptionDate,
    sentenceMonths: months,
    sentenceDate: sentencedAfter(random, receptionDate, SNAPSHOT_DATE),
    releasedOn: null,
    recalledOn: null,
    earliestReleaseDate: addMonths(receptionDate, months / 2),
    licenceExpiryDate: addMonths(receptionDate, months),
  };
}

function planReleased(
  random: Random,
  months: number,
  sinceRelease: number,
): CustodyDates {
  const releasedOn = daysAgo(sinceRelease);
  const receptionDate = addMonths(releasedOn, -months / 2);
  return {
    receptionDate,
    sentenceMonths: months,
    sentenceDate: sentencedAfter(random, receptionDate, releasedOn),
    releasedOn,
    recalledOn: null,
    earliestReleaseDate: releasedOn,
    licenceExpiryDate: addMonths(receptionDate, months),
  };
}

function planRecalled(random: Random): CustodyDates {
  const months = random.pick(MEDIUM_SENTENCES);
  const sinceRelease = random.integer(
    60,
    Math.min(daysToHalfway(months) - 60, 700),
  );
  const released = planReleased(random, months, sinceRelease);
  const recalledOn = daysAgo(
    random.integer(20, Math.min(sinceRelease - 20, 200)),
  );
  const licenceExpiryDate = released.licenceExpiryDate ?? recalledOn;
  return {
    ...released,
    recalledOn,
    // A recalled prisoner's new release point: a year on, or the licence's end.
    earliestReleaseDate: earlierOf(
      addMonths(recalledOn, 12),
      licenceExpiryDate,
    ),
  };
}

/** Plans the dates of a custodial episode so that `status` holds on SNAPSHOT_DATE. */
export function planCustodyDates(
  random: Random,
  status: CustodyStatus,
): CustodyDates {
  switch (status) {
    case 'IN_CUSTODY':
      return planServing(random);
    case 'RECALLED':
      return planRecalled(random);
    case 'REMAND':
      return {
        receptionDate: daysAgo(random.integer(20, 300)),
        sentenceMonths: null,
        sentenceDate: null,
        releasedOn: null,
        recalledOn: null,
        earliestReleaseDate: null,
        licenceExpiryDate: null,
      };
    case 'RELEASED_ON_LICENCE': {
      const months = random.pick(MEDIUM_SENTENCES);
      return planReleased(
        random,
        months,
        random.integer(14, Math.min(daysToHalfway(months) - 30, 700)),
      );
    }
    case 'RELEASED': {
      const months = random.pick(SHORT_SENTENCES);
      return planReleased(
        random,
        months,
        random.integer(daysToHalfway(months) + 10, 350),
      );
    }
  }
}
