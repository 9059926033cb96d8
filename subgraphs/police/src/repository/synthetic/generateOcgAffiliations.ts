import {
  createRandom,
  type Random,
  type SyntheticNominal,
} from '@marsoc/platform';
import {
  type PoliceOcgAffiliationRow,
  type PoliceOcgRole,
} from '../PoliceRepository';
import { pickDateBetween, RECORDS_AS_AT, startOfRecordFor } from './dates';
import { forceCodeOf, mappingUnitOf, pickStreet } from './places';

/**
 * About 6,000 OCGs were mapped nationally (standards-and-security.md §1.12), so
 * 600 a region. Cohort nominals share a handful of high-harm groups per region,
 * so that the hub's picture links them as analysts would expect.
 */
const GROUPS_PER_REGION = 600;
const COHORT_GROUPS_PER_REGION = 4;

// prettier-ignore
const GROUP_NOUNS = ['Crew', 'Firm', 'Boys', 'Network', 'Syndicate', 'Mob'] as const;

interface OcgGroup {
  reference: string;
  name: string;
  threatScore: number;
  band: string;
}

/**
 * A group's name, score and band depend only on its reference, so every member
 * agrees on them. The score-to-band cut-offs are synthetic: OCGM's real bands
 * (1A highest to 3C) are not public (§1.12 marks them [R]).
 */
function describeGroup(
  seed: string,
  reference: string,
  cohort: boolean,
): OcgGroup {
  const random = createRandom(`${seed}:police:ocg:${reference}`);
  const threatScore = cohort
    ? random.integer(900, 2400)
    : random.integer(120, 2400);
  const tier = threatScore >= 1500 ? 1 : threatScore >= 700 ? 2 : 3;
  return {
    reference,
    name: `The ${pickStreet(random)} ${random.pick(GROUP_NOUNS)}`,
    threatScore,
    band: `${tier}${random.pick(['A', 'B', 'C'] as const)}`,
  };
}

function pickGroup(
  random: Random,
  seed: string,
  nominal: SyntheticNominal,
): OcgGroup {
  const cohort = nominal.nomination !== null;
  const number = cohort
    ? random.integer(1, COHORT_GROUPS_PER_REGION)
    : random.integer(COHORT_GROUPS_PER_REGION + 1, GROUPS_PER_REGION);
  const reference = `OCG/${forceCodeOf(nominal.region)}/${String(number).padStart(4, '0')}`;
  return describeGroup(seed, reference, cohort);
}

function pickRole(random: Random, cohort: boolean): PoliceOcgRole {
  const roll = random.next();
  if (cohort)
    return roll < 0.4
      ? 'PRINCIPAL'
      : roll < 0.85
        ? 'SIGNIFICANT'
        : 'PERIPHERAL';
  return roll < 0.15 ? 'PRINCIPAL' : roll < 0.5 ? 'SIGNIFICANT' : 'PERIPHERAL';
}

/** `count` affiliations to distinct groups, the strongest first. */
export function generateOcgAffiliations(
  random: Random,
  seed: string,
  nominal: SyntheticNominal,
  count: number,
): PoliceOcgAffiliationRow[] {
  const rows = new Map<string, PoliceOcgAffiliationRow>();
  for (let index = 0; index < count; index += 1) {
    const group = pickGroup(random, seed, nominal);
    rows.set(group.reference, {
      nominalId: nominal.id,
      groupReference: group.reference,
      groupName: group.name,
      role:
        index === 0
          ? pickRole(random, nominal.nomination !== null)
          : 'PERIPHERAL',
      threatScore: group.threatScore,
      band: group.band,
      mappedOn: pickDateBetween(
        random,
        startOfRecordFor(nominal.dateOfBirth),
        RECORDS_AS_AT,
      ),
      mappedBy: mappingUnitOf(nominal.region),
    });
  }
  return [...rows.values()];
}
