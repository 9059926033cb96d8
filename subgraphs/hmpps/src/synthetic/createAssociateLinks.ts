import {
  addDays,
  createRandom,
  listNominatedPeers,
  listRegionalNeighbours,
  pickDateBetween,
  type RegionalIndex,
  SNAPSHOT_DATE,
  type SyntheticNominal,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { type PrisonAssociateLinkRow } from '../repository/HmppsRepository';
import { type HmppsRecords } from './HmppsRecords';

/** Visitors and contacts are drawn from this many of the region's nominals before this one. */
const NEIGHBOURHOOD = 10;

/**
 * NOM-00001's known visitors and contacts at HMP Altcourse: the first four
 * other nominated nominals of its region (the 129 nominations lead the
 * population, so they are the same whatever its size).
 */
function createWellKnownLinks(
  nominal: SyntheticNominal,
  regional: RegionalIndex,
): PrisonAssociateLinkRow[] {
  const peers = listNominatedPeers(regional, nominal).slice(0, 4);
  const plan = [
    ['VISIT', '2023-05-13', '2024-01-20'],
    ['VISIT', '2023-09-02', '2023-12-16'],
    ['PHONE_CONTACT', '2023-04-11', '2024-01-28'],
    ['PHONE_CONTACT', '2023-07-19', '2023-11-30'],
  ] as const;
  return peers.map((associateId, index): PrisonAssociateLinkRow => {
    const [linkType, since, lastContact] = plan[index] ?? plan[0];
    return {
      nominalId: nominal.id,
      associateId,
      linkType,
      sourceAgency: 'HMPPS',
      since,
      lastContact,
      establishment: 'HMP Altcourse',
    };
  });
}

/**
 * Visitors and PIN contacts who are themselves nominals, for someone held in
 * prison now (only they have visits): none to two, in the last six months at
 * the current establishment. Drawn from a stream of their own, so the rest of
 * the HMPPS record does not change.
 */
export function createAssociateLinks(
  seed: string,
  nominal: SyntheticNominal,
  records: HmppsRecords,
  regional: RegionalIndex,
): PrisonAssociateLinkRow[] {
  const custody = records.custody;
  if (custody === null || records.visits.length === 0) return [];
  if (nominal.id === WELL_KNOWN_NOMINAL_ID)
    return createWellKnownLinks(nominal, regional);
  const random = createRandom(`${seed}:hmpps:associates:${nominal.id}`);
  const neighbours = listRegionalNeighbours(regional, nominal, NEIGHBOURHOOD);
  const count = neighbours.length === 0 ? 0 : random.integer(0, 2);
  const from = addDays(SNAPSHOT_DATE, -180);
  const start = custody.receptionDate > from ? custody.receptionDate : from;
  return Array.from({ length: count }, (): PrisonAssociateLinkRow => {
    const since = pickDateBetween(random, start, SNAPSHOT_DATE);
    return {
      nominalId: nominal.id,
      associateId: random.pick(neighbours),
      linkType: random.chance(0.5) ? 'VISIT' : 'PHONE_CONTACT',
      sourceAgency: 'HMPPS',
      since,
      lastContact: pickDateBetween(random, since, SNAPSHOT_DATE),
      establishment: custody.establishment,
    };
  });
}
