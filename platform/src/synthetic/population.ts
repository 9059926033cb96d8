import { type Agency, type Region } from '@marsoc/schema';
import { Region as Regions } from '@marsoc/schema';
import {
  COHORT_FUNNEL,
  NOMINATIONS_BY_AGENCY,
  NOMINATIONS_BY_STATUS,
  TOTAL_NOMINATIONS,
} from './calibration';
import { type CriminalityTheme, pickTheme } from './criminality';
import { pickHomeForce } from './geography';
import { FORENAMES, NICKNAMES, SURNAMES } from './names';
import {
  describeGroup,
  type OrganisedCrimeGroup,
  pickGroupNumber,
} from './organisedCrimeGroups';
import {
  type CustodyFacts,
  planCustody,
  WELL_KNOWN_CUSTODY,
} from './planCustody';
import { createRandom, type Random } from './random';

export type SupervisionStatus = 'CUSTODY' | 'PROBATION' | 'NONE';
export type NominationOutcome =
  'NOT_PUT_FORWARD' | 'NOT_SELECTED' | 'CURRENT' | 'DESELECTED';

export interface Nomination {
  /** The MARSOC meeting cycle (1–6) at which the nominal was nominated. */
  cycle: number;
  nominatingAgency: Agency;
  outcome: NominationOutcome;
  /** The cycle at which a selected nominal was deselected. */
  deselectedCycle: number | null;
}

/** One fictional nominal: who they are and which agencies know them, by reference. */
export interface SyntheticNominal {
  id: string;
  forename: string;
  surname: string;
  aliases: string[];
  dateOfBirth: string;
  gender: 'MALE' | 'FEMALE';
  region: Region;
  pncId: string;
  croNumber: string;
  supervision: SupervisionStatus;
  prisonNumber: string | null;
  crn: string | null;
  hmrcReference: string | null;
  ncaReference: string | null;
  nomination: Nomination | null;
  /** The territorial force of the nominal's home area, one of the region's (geography.ts). */
  homeForce: string;
  /** What the nominal does: every agency's record describes this same business. */
  criminality: Criminality;
  /** Their custodial episode, for anyone with a prison number; null otherwise. */
  custody: CustodyFacts | null;
}

/** A nominal's criminality: their group's business when they belong to one. */
export interface Criminality {
  theme: CriminalityTheme;
  /** The group police map them to first; null for a lone offender. */
  group: OrganisedCrimeGroup | null;
}

export interface PopulationOptions {
  seed: string;
  /** How many nominals; at least the 129 nominated ones. */
  size: number;
}

export const DEFAULT_SEED = 'marsoc-early-adopter';
export const DEFAULT_POPULATION_SIZE = 400;

/** The well-known nominal with records in every agency (README and tests use it). */
export const WELL_KNOWN_NOMINAL_ID = 'NOM-00001';

export function formatNominalId(index: number): string {
  return `NOM-${String(index + 1).padStart(5, '0')}`;
}

/**
 * The synthetic population every subgraph seeds from. Deterministic: the same
 * options give the same nominals. The first 129 are the Early Adopter Phase's
 * nominations, calibrated to seed 000's funnel (E423–E432) and splits (E419);
 * NOM-00001 is nominated by police in cycle 1, in custody, in the North West,
 * and still on the cohort. Each nominal also carries the facts the agencies'
 * records share (addSharedFacts), so that they describe one person.
 */
export function createPopulation(
  options: PopulationOptions,
): SyntheticNominal[] {
  if (options.size < TOTAL_NOMINATIONS) {
    throw new RangeError(
      `population size must be at least ${TOTAL_NOMINATIONS}; got ${options.size}`,
    );
  }
  const random = createRandom(`${options.seed}:population`);
  const nominations = createNominations(random);
  const statuses = spread(random, NOMINATIONS_BY_STATUS, 'CUSTODY');
  const nominals: SyntheticNominal[] = [];
  for (let index = 0; index < options.size; index += 1) {
    const own = createRandom(
      `${options.seed}:nominal:${formatNominalId(index)}`,
    );
    const supervision: SupervisionStatus =
      statuses[index] ??
      own.pick(['CUSTODY', 'CUSTODY', 'PROBATION', 'NONE'] as const);
    const nominal = createNominal(
      own,
      index,
      supervision,
      nominations[index] ?? null,
    );
    nominals.push(
      addSharedFacts(
        createRandom(`${options.seed}:facts:${nominal.id}`),
        options.seed,
        nominal,
      ),
    );
  }
  return nominals;
}

/**
 * NOM-00001 supplies Class A drugs (HMPPS's hand-written record sentences it
 * for that), so it belongs to the first of its region's cohort groups in that
 * business (or, if the seed gives none, the first such group beyond them).
 */
function findWellKnownGroup(seed: string, region: Region): OrganisedCrimeGroup {
  for (let number = 1; number < 600; number += 1) {
    const group = describeGroup(seed, region, number);
    if (group.theme === 'DRUG_SUPPLY') return group;
  }
  throw new RangeError('no drug supply group in the region');
}

type IdentityOnly = Omit<
  SyntheticNominal,
  'homeForce' | 'criminality' | 'custody'
>;

/**
 * The facts every agency's records are derived from: home force, criminality
 * and custody. Drawn from a stream of their own, so adding them left every
 * other value of the population as it was.
 */
function addSharedFacts(
  random: Random,
  seed: string,
  nominal: IdentityOnly,
): SyntheticNominal {
  const wellKnown = nominal.id === WELL_KNOWN_NOMINAL_ID;
  const nominated = nominal.nomination !== null;
  const affiliated = wellKnown || random.chance(nominated ? 0.8 : 0.58);
  const group = wellKnown
    ? findWellKnownGroup(seed, nominal.region)
    : affiliated
      ? describeGroup(seed, nominal.region, pickGroupNumber(random, nominated))
      : null;
  const theme = wellKnown ? 'DRUG_SUPPLY' : (group?.theme ?? pickTheme(random));
  const custody =
    nominal.prisonNumber === null
      ? null
      : wellKnown
        ? WELL_KNOWN_CUSTODY
        : planCustody(random, { ...nominal, theme });
  return {
    ...nominal,
    // NOM-00001 is held at HMP Altcourse, on Merseyside.
    homeForce: wellKnown
      ? 'Merseyside Police'
      : pickHomeForce(random, nominal.region),
    criminality: { theme, group },
    custody,
  };
}

function createNominal(
  random: Random,
  index: number,
  supervision: SupervisionStatus,
  nomination: Nomination | null,
): IdentityOnly {
  const id = formatNominalId(index);
  const wellKnown = id === WELL_KNOWN_NOMINAL_ID;
  const year = random.integer(1966, 2003);
  const hasPrisonHistory =
    supervision === 'CUSTODY' ||
    (supervision === 'PROBATION' && random.chance(0.7));
  const forename = random.pick(FORENAMES);
  const surname = random.pick(SURNAMES);
  const aliases = Array.from({ length: random.integer(0, 2) }, () =>
    random.pick(NICKNAMES),
  );
  const dateOfBirth = `${year}-${pad(random.integer(1, 12))}-${pad(random.integer(1, 28))}`;
  // NOM-00001 is held at HMP Altcourse, a men's prison.
  const gender = random.chance(0.88) || wellKnown ? 'MALE' : 'FEMALE';
  const region = wellKnown ? 'NORTH_WEST' : random.pick(Regions.values);
  const identifiers = createUniqueIdentifiers(random, index, year);
  return {
    id,
    forename,
    surname,
    aliases,
    dateOfBirth,
    gender,
    region,
    pncId: identifiers.pncId,
    croNumber: identifiers.croNumber,
    supervision,
    prisonNumber: hasPrisonHistory ? identifiers.prisonNumber : null,
    crn: supervision !== 'NONE' ? identifiers.crn : null,
    hmrcReference:
      wellKnown || random.chance(0.4)
        ? String(random.integer(1000000000, 9999999999))
        : null,
    ncaReference:
      wellKnown || random.chance(0.25)
        ? `NCA/${random.integer(10000, 99999)}`
        : null,
    nomination,
  };
}

/**
 * Agency identifiers that are unique across the whole population (up to a
 * million nominals), so a lookup by any of them finds one nominal. The digits
 * come from the nominal's index through a bijection (multiplying by a prime
 * coprime to the modulus), so they look scattered but never collide; letters
 * that do not carry the index are random.
 */
function createUniqueIdentifiers(random: Random, index: number, year: number) {
  const scatter = (modulus: number): number =>
    (index * 7919 + 104729) % modulus;
  const prison = scatter(6_760_000);
  return {
    pncId: `${String(year + 16).slice(2)}/${String(scatter(10_000_000)).padStart(7, '0')}${letter(random)}`,
    croNumber: `${String(scatter(1_000_000)).padStart(6, '0')}/${String(year + 17).slice(2)}${letter(random)}`,
    prisonNumber: `${letter(random)}${String(prison % 10_000).padStart(4, '0')}${base26(Math.floor(prison / 10_000))}`,
    crn: `${letter(random)}${String(scatter(1_000_000)).padStart(6, '0')}`,
  };
}

/** Two letters AA..ZZ for 0..675. */
function base26(value: number): string {
  return String.fromCharCode(65 + Math.floor(value / 26), 65 + (value % 26));
}

/**
 * 129 nominations laid out so that every figure of Table 1 holds: per cycle, the
 * nominated, put forward, selected and not-selected counts; deselections in each
 * cycle drawn from those selected in earlier cycles; 42 left current.
 */
function createNominations(random: Random): Nomination[] {
  const agencies = spread(random, NOMINATIONS_BY_AGENCY, 'POLICE');
  const nominations: Nomination[] = [];
  const selectedSoFar: Nomination[] = [];
  COHORT_FUNNEL.nominated.forEach((count, cycleIndex) => {
    const cycle = cycleIndex + 1;
    const pool = selectedSoFar.filter(
      (candidate) =>
        candidate.outcome === 'CURRENT' && candidate !== nominations[0],
    );
    for (const leaving of random
      .shuffle(pool)
      .slice(0, COHORT_FUNNEL.deselected[cycleIndex])) {
      leaving.outcome = 'DESELECTED';
      leaving.deselectedCycle = cycle;
    }
    const putForward = COHORT_FUNNEL.putForward[cycleIndex] ?? 0;
    const selected = COHORT_FUNNEL.selected[cycleIndex] ?? 0;
    for (let position = 0; position < count; position += 1) {
      const outcome: NominationOutcome =
        position < selected
          ? 'CURRENT'
          : position < putForward
            ? 'NOT_SELECTED'
            : 'NOT_PUT_FORWARD';
      const nomination: Nomination = {
        cycle,
        nominatingAgency: agencies[nominations.length] ?? 'POLICE',
        outcome,
        deselectedCycle: null,
      };
      nominations.push(nomination);
      if (outcome === 'CURRENT') selectedSoFar.push(nomination);
    }
  });
  return nominations;
}

/**
 * Assigns counts of each value across the nominations in a seeded order, the
 * first one always getting `first` (NOM-00001's value).
 */
function spread<K extends string>(
  random: Random,
  counts: Readonly<Record<K, number>>,
  first: K,
): K[] {
  const values: K[] = [];
  for (const [value, count] of Object.entries(counts) as [K, number][]) {
    for (let i = 0; i < count; i += 1) values.push(value);
  }
  const firstIndex = values.indexOf(first);
  values.splice(firstIndex, 1);
  return [first, ...random.shuffle(values)];
}

function letter(random: Random): string {
  return String.fromCharCode(65 + random.integer(0, 25));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
