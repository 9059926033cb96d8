import { type Random, type SyntheticNominal } from '@marsoc/platform';
import { Region } from '@marsoc/schema';
import {
  type PrisonCustodyStatus,
  type PrisonMovementReason,
  type PrisonSecurityCategory,
} from '../repository/codes';
import { type PrisonMovementRow } from '../repository/HmppsRepository';
import { COMMUNITY, CROWN_COURTS } from '../reference/courts';
import { type Establishment } from '../reference/establishments';
import { addDays, pickDateBetween, SNAPSHOT_DATE } from './dates';
import { type CustodyDates } from './planCustodyDates';
import {
  pickEstablishment,
  pickReceptionPrison,
  pickSecurityCategory,
  receptionCategory,
  releaseCategory,
} from './pickEstablishment';

/** A spell in one establishment; `left` is the snapshot day for the current one. */
export interface Stay {
  establishment: string;
  arrived: string;
  left: string;
}

/** Where a custodial episode took the nominal: movements, stays, and where they are now. */
export interface CustodyJourney {
  movements: PrisonMovementRow[];
  stays: Stay[];
  /** The current establishment, or the one released from. */
  establishment: Establishment;
  securityCategory: PrisonSecurityCategory;
}

class JourneyRecorder {
  readonly movements: PrisonMovementRow[] = [];
  readonly stays: Stay[] = [];

  constructor(private readonly nominalId: string) {}

  move(
    movementDate: string,
    fromLocation: string,
    toLocation: string,
    reason: PrisonMovementReason,
  ): void {
    this.movements.push({
      nominalId: this.nominalId,
      movementDate,
      fromLocation,
      toLocation,
      reason,
    });
    if (reason === 'COURT') return;
    const previous = this.stays[this.stays.length - 1];
    if (previous && previous.left === SNAPSHOT_DATE)
      previous.left = movementDate;
    if (toLocation !== COMMUNITY)
      this.stays.push({
        establishment: toLocation,
        arrived: movementDate,
        left: SNAPSHOT_DATE,
      });
  }
}

/** The categories an episode is served under, and held under on the snapshot day. */
function chooseCategories(
  random: Random,
  nominal: SyntheticNominal,
  status: PrisonCustodyStatus,
) {
  const received = receptionCategory(nominal.gender);
  switch (status) {
    case 'IN_CUSTODY': {
      const serving = pickSecurityCategory(random, nominal.gender);
      return { serving, current: serving };
    }
    case 'REMAND':
      return { serving: received, current: received };
    case 'RECALLED':
      return {
        serving: releaseCategory(random, nominal.gender),
        current: received,
      };
    case 'RELEASED_ON_LICENCE':
    case 'RELEASED': {
      const serving = releaseCategory(random, nominal.gender);
      return { serving, current: serving };
    }
  }
}

/**
 * Moves a sentenced prisoner from the local prison that received them to one
 * holding their category, sometimes by way of another establishment (prisons
 * move prisoners, often without telling police: seed 000 E567).
 */
function transferToCategory(
  random: Random,
  journey: JourneyRecorder,
  from: Establishment,
  category: PrisonSecurityCategory,
  window: { from: string; to: string },
  home: Region,
): Establishment {
  const region = random.chance(0.8) ? home : random.pick(Region.values);
  const target = pickEstablishment(random, category, region);
  if (target.name === from.name) return from;
  const route = random.chance(0.35)
    ? [pickEstablishment(random, category, home, target.name), target]
    : [target];
  const dates = route
    .map(() => pickDateBetween(random, window.from, window.to))
    .sort();
  let current = from;
  route.forEach((next, index) => {
    if (next.name === current.name) return;
    journey.move(
      dates[index] ?? window.to,
      current.name,
      next.name,
      'TRANSFER',
    );
    current = next;
  });
  return current;
}

/** Generates the movements and stays of one custodial episode planned by planCustodyDates. */
export function createCustodyJourney(
  random: Random,
  nominal: SyntheticNominal,
  status: PrisonCustodyStatus,
  dates: CustodyDates,
): CustodyJourney {
  const journey = new JourneyRecorder(nominal.id);
  const categories = chooseCategories(random, nominal, status);
  const court = random.pick(CROWN_COURTS[nominal.region]);
  let current = pickReceptionPrison(random, nominal.gender, nominal.region);
  journey.move(dates.receptionDate, court, current.name, 'ADMISSION');
  if (dates.sentenceDate !== null) {
    journey.move(dates.sentenceDate, current.name, court, 'COURT');
    journey.move(dates.sentenceDate, court, current.name, 'COURT');
    const window = {
      from: addDays(dates.sentenceDate, 21),
      to: addDays(dates.releasedOn ?? SNAPSHOT_DATE, -14),
    };
    current = transferToCategory(
      random,
      journey,
      current,
      categories.serving,
      window,
      nominal.region,
    );
  }
  if (dates.releasedOn !== null)
    journey.move(dates.releasedOn, current.name, COMMUNITY, 'RELEASE');
  if (dates.recalledOn !== null) {
    current = pickReceptionPrison(random, nominal.gender, nominal.region);
    journey.move(dates.recalledOn, COMMUNITY, current.name, 'RECALL');
  }
  return {
    movements: journey.movements,
    stays: journey.stays,
    establishment: current,
    securityCategory: categories.current,
  };
}
