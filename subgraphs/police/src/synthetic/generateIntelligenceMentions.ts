import {
  createRandom,
  indexByRegion,
  listNominatedPeers,
  listRegionalNeighbours,
  type RegionalIndex,
  type SyntheticNominal,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { type PoliceIntelligenceReportRecord } from '../repository/PoliceRepository';

/** Another nominal an intelligence report names. */
export interface PoliceIntelligenceMention {
  nominalId: string;
  /** The report's position in its nominal's record. */
  reportPosition: number;
  associateId: string;
}

/** Share of ordinary reports that name another nominal of the population. */
const MENTION_RATE = 0.4;
/** Associates are drawn from this many of the region's nominals before this one. */
const NEIGHBOURHOOD = 20;
/** The first nominals are the fixtures the README and tests follow; outsiders are picked after them. */
const FIXTURE_COUNT = 10;

/** The population by region, for drawing associates, and in order, for outsiders. */
export interface AssociatePool extends RegionalIndex {
  ordered: readonly SyntheticNominal[];
}

export function createAssociatePool(
  population: readonly SyntheticNominal[],
): AssociatePool {
  return { ...indexByRegion(population), ordered: population };
}

function pickOutsider(
  pool: AssociatePool,
  nominal: SyntheticNominal,
): string | undefined {
  return pool.ordered
    .slice(FIXTURE_COUNT)
    .find((other) => other.region !== nominal.region)?.id;
}

/**
 * Which of a nominal's reports name another nominal, and whom. Drawn from a
 * stream of its own, so the reports themselves do not change. NOM-00001's
 * reports each name a different nominated nominal of its region; its prison
 * intelligence awaiting HMPPS consent names someone from another region (a
 * prisoner met inside), who is linked to NOM-00001 by nothing else.
 */
export function generateIntelligenceMentions(
  seed: string,
  nominal: SyntheticNominal,
  reports: readonly PoliceIntelligenceReportRecord[],
  pool: AssociatePool,
): PoliceIntelligenceMention[] {
  const random = createRandom(`${seed}:police:mentions:${nominal.id}`);
  const wellKnown = nominal.id === WELL_KNOWN_NOMINAL_ID;
  const neighbours = wellKnown
    ? listNominatedPeers(pool, nominal)
    : listRegionalNeighbours(pool, nominal, NEIGHBOURHOOD);
  const mentions: PoliceIntelligenceMention[] = [];
  reports.forEach((report, reportPosition) => {
    const awaitsConsent =
      report.originatorAgency === 'HMPPS' &&
      report.consentedAgencies.length === 0 &&
      report.handlingConditions.some(
        (condition) => condition.kind === 'ORIGINATOR_CONSENT_REQUIRED',
      );
    const associateId = wellKnown
      ? awaitsConsent
        ? pickOutsider(pool, nominal)
        : neighbours[reportPosition]
      : random.chance(MENTION_RATE) && neighbours.length > 0
        ? random.pick(neighbours)
        : undefined;
    if (associateId !== undefined && associateId !== nominal.id)
      mentions.push({ nominalId: nominal.id, reportPosition, associateId });
  });
  return mentions;
}
