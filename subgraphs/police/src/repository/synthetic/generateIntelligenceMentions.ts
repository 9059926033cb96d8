import {
  createRandom,
  formatNominalId,
  type SyntheticNominal,
  TOTAL_NOMINATIONS,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { type Region } from '@marsoc/schema';
import { type PoliceIntelligenceReportRecord } from '../PoliceRepository';

/** Another nominal an intelligence report names. */
export interface PoliceIntelligenceMention {
  nominalId: string;
  /** The report's position in its nominal's record. */
  reportPosition: number;
  associateId: string;
}

/** Share of ordinary reports that name another nominal of the population. */
const MENTION_RATE = 0.4;
/**
 * Associates are drawn from the region's nominals just before this one in the
 * population: few enough that no one is named by thousands, and never later
 * ones, so a nominal's mentions are the same whatever the population's size.
 */
const NEIGHBOURHOOD = 20;
/** The first nominals are the fixtures the README and tests follow; outsiders are picked after them. */
const FIXTURE_COUNT = 10;

/** The population by region, in population order, for drawing associates. */
export interface AssociatePool {
  byRegion: ReadonlyMap<Region, readonly string[]>;
  /** Position of each nominal in its region's list. */
  positionInRegion: ReadonlyMap<string, number>;
  ordered: readonly SyntheticNominal[];
}

export function createAssociatePool(
  population: readonly SyntheticNominal[],
): AssociatePool {
  const byRegion = new Map<Region, string[]>();
  const positionInRegion = new Map<string, number>();
  for (const nominal of population) {
    const ids = byRegion.get(nominal.region) ?? [];
    positionInRegion.set(nominal.id, ids.length);
    ids.push(nominal.id);
    byRegion.set(nominal.region, ids);
  }
  return { byRegion, positionInRegion, ordered: population };
}

/** The same-region nominals just before this one in the population. */
export function listNeighbours(
  pool: AssociatePool,
  nominal: SyntheticNominal,
): string[] {
  const ids = pool.byRegion.get(nominal.region) ?? [];
  const at = pool.positionInRegion.get(nominal.id) ?? 0;
  return ids.slice(Math.max(0, at - NEIGHBOURHOOD), at);
}

/** The other nominated nominals of the region (the nominations lead the population). */
function listNominatedPeers(
  pool: AssociatePool,
  nominal: SyntheticNominal,
): string[] {
  const lastNominated = formatNominalId(TOTAL_NOMINATIONS - 1);
  return (pool.byRegion.get(nominal.region) ?? []).filter(
    (id) => id !== nominal.id && id <= lastNominated,
  );
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
    : listNeighbours(pool, nominal);
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
