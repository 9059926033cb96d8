import { type Region } from '@marsoc/schema';
import {
  PRISON_ESTABLISHMENTS,
  type PrisonCategory,
  type PrisonEstablishment,
  isReceptionPrison,
} from './prisonEstate';
import { type Random } from './random';

/**
 * An establishment that holds `category`, in `region` when it has one (most
 * prisoners stay in their home region; seed 000 E573 notes the ones who move
 * across regions), anywhere in England and Wales otherwise.
 */
export function pickPrisonEstablishment(
  random: Random,
  category: PrisonCategory,
  region: Region,
  except?: string,
): PrisonEstablishment {
  const holding = PRISON_ESTABLISHMENTS.filter(
    (establishment) =>
      establishment.holds.includes(category) && establishment.name !== except,
  );
  return pickInRegion(random, holding, region);
}

const RECEPTION_PRISONS = PRISON_ESTABLISHMENTS.filter(isReceptionPrison);

/** The local prison a court sends someone to (on remand, sentence or recall), near home where possible. */
export function pickReceptionPrison(
  random: Random,
  gender: 'MALE' | 'FEMALE',
  region: Region,
): PrisonEstablishment {
  const category = receptionCategory(gender);
  const receiving = RECEPTION_PRISONS.filter((establishment) =>
    establishment.holds.includes(category),
  );
  return pickInRegion(random, receiving, region);
}

function pickInRegion(
  random: Random,
  candidates: readonly PrisonEstablishment[],
  region: Region,
): PrisonEstablishment {
  const local = candidates.filter(
    (establishment) => establishment.region === region,
  );
  return random.pick(local.length > 0 ? local : candidates);
}

const MEN: readonly [PrisonCategory, number][] = [
  ['CATEGORY_A', 0.04],
  ['CATEGORY_B', 0.4],
  ['CATEGORY_C', 0.46],
  ['CATEGORY_D', 0.1],
];
const WOMEN: readonly [PrisonCategory, number][] = [
  ['RESTRICTED', 0.04],
  ['CLOSED', 0.81],
  ['OPEN', 0.15],
];

/** A serving prisoner's security category, from the estate their gender places them in. */
export function pickSecurityCategory(
  random: Random,
  gender: 'MALE' | 'FEMALE',
): PrisonCategory {
  const weights = gender === 'FEMALE' ? WOMEN : MEN;
  let roll = random.next();
  for (const [category, weight] of weights) {
    if (roll < weight) return category;
    roll -= weight;
  }
  return gender === 'FEMALE' ? 'CLOSED' : 'CATEGORY_C';
}

/** The category a prisoner is received, remanded or recalled under: a local prison's. */
export function receptionCategory(gender: 'MALE' | 'FEMALE'): PrisonCategory {
  return gender === 'FEMALE' ? 'CLOSED' : 'CATEGORY_B';
}

/** The category a prisoner is typically released from. */
export function releaseCategory(
  random: Random,
  gender: 'MALE' | 'FEMALE',
): PrisonCategory {
  if (gender === 'FEMALE') return random.chance(0.7) ? 'CLOSED' : 'OPEN';
  return random.chance(0.6) ? 'CATEGORY_C' : 'CATEGORY_D';
}
