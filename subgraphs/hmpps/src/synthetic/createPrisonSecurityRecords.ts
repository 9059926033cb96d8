import { pickDateBetween, type Random } from '@marsoc/platform';
import {
  type PrisonAdjudicationFinding,
  type PrisonSeizedItemType,
} from '../repository/codes';
import {
  type PrisonAdjudicationRow,
  type PrisonSeizureRow,
} from '../repository/HmppsRepository';
import { createCounterCorruptionMarking } from '../repository/recordMarkings';
import {
  ADJUDICATION_CHARGE_WORDINGS,
  ADJUDICATION_PUNISHMENTS,
} from '../reference/offences';
import {
  SEIZURE_DESCRIPTIONS,
  SEIZURE_LOCATIONS,
  WINGS,
} from '../reference/seizures';
import { type Stay } from './createCustodyJourney';

export interface PrisonSecurityRecords {
  adjudications: PrisonAdjudicationRow[];
  seizures: PrisonSeizureRow[];
}

const ITEM_TYPES: readonly PrisonSeizedItemType[] = [
  ...Array<PrisonSeizedItemType>(7).fill('MOBILE_PHONE'),
  ...Array<PrisonSeizedItemType>(3).fill('SIM_CARD'),
  ...Array<PrisonSeizedItemType>(5).fill('DRUGS'),
  ...Array<PrisonSeizedItemType>(2).fill('DRONE'),
  ...Array<PrisonSeizedItemType>(3).fill('WEAPON'),
];

const FINDINGS: readonly PrisonAdjudicationFinding[] = [
  ...Array<PrisonAdjudicationFinding>(13).fill('PROVED'),
  ...Array<PrisonAdjudicationFinding>(3).fill('NOT_PROVED'),
  ...Array<PrisonAdjudicationFinding>(2).fill('DISMISSED'),
  ...Array<PrisonAdjudicationFinding>(2).fill('REFERRED_TO_POLICE'),
];

/** Share of finds referred to the HMPPS Counter-Corruption Unit (seed 000 E470). */
const COUNTER_CORRUPTION_SHARE = 0.08;

function createAdjudication(
  random: Random,
  nominalId: string,
  stay: Stay,
): PrisonAdjudicationRow {
  const finding = random.pick(FINDINGS);
  return {
    nominalId,
    adjudicationDate: pickDateBetween(random, stay.arrived, stay.left),
    establishment: stay.establishment,
    charge: random.pick(ADJUDICATION_CHARGE_WORDINGS),
    finding,
    punishment:
      finding === 'PROVED' ? random.pick(ADJUDICATION_PUNISHMENTS) : null,
  };
}

function createSeizure(
  random: Random,
  nominalId: string,
  stay: Stay,
): PrisonSeizureRow {
  const itemType = random.pick(ITEM_TYPES);
  const location = random
    .pick(SEIZURE_LOCATIONS[itemType])
    .replace('{wing}', random.pick(WINGS));
  const description = random.pick(SEIZURE_DESCRIPTIONS[itemType]);
  const seizure: PrisonSeizureRow = {
    nominalId,
    seizureDate: pickDateBetween(random, stay.arrived, stay.left),
    itemType,
    establishment: stay.establishment,
    location,
    description,
  };
  if (!random.chance(COUNTER_CORRUPTION_SHARE)) return seizure;
  return {
    ...seizure,
    description: `${description} Staff involvement suspected; referred to the HMPPS Counter-Corruption Unit.`,
    marking: createCounterCorruptionMarking(),
  };
}

/**
 * Adjudications and finds (phones, SIM cards, drones, drugs, weapons: the prison
 * threats of seed 003 A:171) spread over the establishments a nominal has been
 * held in. Someone still inside collects more than someone released.
 */
export function createPrisonSecurityRecords(
  random: Random,
  nominalId: string,
  stays: readonly Stay[],
  heldNow: boolean,
): PrisonSecurityRecords {
  if (stays.length === 0) return { adjudications: [], seizures: [] };
  const adjudicationCount = random.integer(0, heldNow ? 3 : 2);
  const seizureCount = random.integer(0, heldNow ? 2 : 1);
  return {
    adjudications: Array.from({ length: adjudicationCount }, () =>
      createAdjudication(random, nominalId, random.pick(stays)),
    ),
    seizures: Array.from({ length: seizureCount }, () =>
      createSeizure(random, nominalId, random.pick(stays)),
    ),
  };
}
