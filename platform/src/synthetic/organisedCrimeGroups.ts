import { type Region } from '@marsoc/schema';
import { type CriminalityTheme, pickTheme } from './criminality';
import { REGIONAL_GEOGRAPHY } from './geography';
import { createRandom, type Random } from './random';

/**
 * About 6,000 OCGs were mapped nationally (docs/sources.md#standards-and-guidance), so
 * 600 a region. Cohort nominals share a handful of high-harm groups per region,
 * so that the hub's picture links them as analysts would expect.
 */
const GROUPS_PER_REGION = 600;
const COHORT_GROUPS_PER_REGION = 4;

// prettier-ignore
const GROUP_NOUNS = ['Crew', 'Firm', 'Boys', 'Network', 'Syndicate', 'Mob'] as const;
// prettier-ignore
const STREET_NAMES = [
  'Larkspur', 'Bramble', 'Foxglove', 'Hawthorn', 'Kestrel', 'Nettle', 'Rowan', 'Sorrel',
  'Teasel', 'Wagtail', 'Yarrow', 'Campion', 'Linnet', 'Burdock', 'Heron', 'Sloe',
] as const;
// prettier-ignore
const STREET_KINDS = ['Lane', 'Close', 'Road', 'Street', 'Avenue', 'Gardens', 'Way', 'Crescent', 'Terrace'] as const;

/**
 * An organised crime group as every agency knows it: police map it, APMIS
 * holds its threat, the NCA tiers it. Its name, score, band and business depend
 * only on its reference, so every member and every agency agree on them.
 */
export interface OrganisedCrimeGroup {
  reference: string;
  /** Fictional: "The Larkspur Lane Crew". */
  name: string;
  threatScore: number;
  /** Synthetic OCGM-style band; the real cut-offs are not public (docs/sources.md#standards-and-guidance). */
  band: string;
  theme: CriminalityTheme;
}

/** The group with this reference (`OCG/NW/0003`); the first few of a region are the cohort's. */
export function describeGroup(
  seed: string,
  region: Region,
  number: number,
): OrganisedCrimeGroup {
  const reference = `OCG/${REGIONAL_GEOGRAPHY[region].code}/${String(number).padStart(4, '0')}`;
  const random = createRandom(`${seed}:ocg:${reference}`);
  const cohort = number <= COHORT_GROUPS_PER_REGION;
  const threatScore = cohort
    ? random.integer(900, 2400)
    : random.integer(120, 2400);
  const tier = threatScore >= 1500 ? 1 : threatScore >= 700 ? 2 : 3;
  return {
    reference,
    name: `The ${random.pick(STREET_NAMES)} ${random.pick(STREET_KINDS)} ${random.pick(GROUP_NOUNS)}`,
    threatScore,
    band: `${tier}${random.pick(['A', 'B', 'C'] as const)}`,
    theme: pickTheme(random),
  };
}

/** A nominated nominal (one of the cohort's high-harm 129) belongs to one of the region's cohort groups. */
export function pickGroupNumber(random: Random, nominated: boolean): number {
  return nominated
    ? random.integer(1, COHORT_GROUPS_PER_REGION)
    : random.integer(COHORT_GROUPS_PER_REGION + 1, GROUPS_PER_REGION);
}
