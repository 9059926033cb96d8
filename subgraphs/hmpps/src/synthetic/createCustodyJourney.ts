import {
  addDays,
  type CustodyFacts,
  pickDateBetween,
  type Random,
  SNAPSHOT_DATE,
  type SyntheticNominal,
} from '@marsoc/platform';
import { Region } from '@marsoc/schema';
import {
  type PrisonMovementReason,
  type PrisonSecurityCategory,
} from '../repository/codes';
import { type PrisonMovementRow } from '../repository/HmppsRepository';
import { COMMUNITY } from '../reference/courts';
import {
  type Establishment,
  findEstablishment,
} from '../reference/establishments';
import {
  pickEstablishment,
  pickReceptionPrison,
  releaseCategory,
} from './pickEstablishment';

/** A spell in one establishment; `left` is the snapshot day for the current one. */
export interface Stay {
  establishment: string;
  arrived: string;
  left: string;
}

/** Where a custodial episode took the nominal: movements and stays. */
export interface CustodyJourney {
  movements: PrisonMovementRow[];
  stays: Stay[];
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

/**
 * Moves a sentenced prisoner from the local prison that received them to
 * where they serve, sometimes by way of another establishment (prisons
 * move prisoners, often without telling police: seed 000 E567).
 */
function transferToCategory(
  random: Random,
  journey: JourneyRecorder,
  from: Establishment,
  target: Establishment,
  category: PrisonSecurityCategory,
  window: { from: string; to: string },
  home: Region,
): Establishment {
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

/** The establishment a recalled nominal served in before release: HMPPS's own choice. */
function pickServedIn(random: Random, nominal: SyntheticNominal) {
  const category = releaseCategory(random, nominal.gender);
  const region = random.chance(0.8)
    ? nominal.region
    : random.pick(Region.values);
  return {
    category,
    establishment: pickEstablishment(random, category, region),
  };
}

function establishmentNamed(name: string): Establishment {
  const establishment = findEstablishment(name);
  if (establishment === undefined)
    throw new RangeError(`no establishment named ${name} in the estate`);
  return establishment;
}

/**
 * The movements and stays of the custodial episode the population planned:
 * received from the court that remanded or sentenced them, moved to where
 * they serve, and for those held now ending where the facts say they are.
 */
export function createCustodyJourney(
  random: Random,
  nominal: SyntheticNominal,
  facts: CustodyFacts,
): CustodyJourney {
  const { dates, status } = facts;
  const journey = new JourneyRecorder(nominal.id);
  const final = establishmentNamed(facts.establishment);
  let current =
    status === 'REMAND'
      ? final
      : pickReceptionPrison(random, nominal.gender, nominal.region);
  journey.move(dates.receptionDate, facts.court, current.name, 'ADMISSION');
  if (dates.sentenceDate !== null) {
    journey.move(dates.sentenceDate, current.name, facts.court, 'COURT');
    journey.move(dates.sentenceDate, facts.court, current.name, 'COURT');
    const window = {
      from: addDays(dates.sentenceDate, 21),
      to: addDays(dates.releasedOn ?? SNAPSHOT_DATE, -14),
    };
    const servedIn =
      status === 'RECALLED'
        ? pickServedIn(random, nominal)
        : { category: facts.securityCategory, establishment: final };
    current = transferToCategory(
      random,
      journey,
      current,
      servedIn.establishment,
      servedIn.category,
      window,
      nominal.region,
    );
  }
  if (dates.releasedOn !== null)
    journey.move(dates.releasedOn, current.name, COMMUNITY, 'RELEASE');
  if (dates.recalledOn !== null)
    journey.move(dates.recalledOn, COMMUNITY, final.name, 'RECALL');
  return { movements: journey.movements, stays: journey.stays };
}
