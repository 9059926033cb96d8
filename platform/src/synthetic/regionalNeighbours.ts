import { type Region } from '@marsoc/schema';
import { TOTAL_NOMINATIONS } from './calibration';
import { formatNominalId, type SyntheticNominal } from './population';

type PlacedNominal = Pick<SyntheticNominal, 'id' | 'region'>;

/** Each region's nominals in population order, and each nominal's place in its list. */
export interface RegionalIndex {
  byRegion: ReadonlyMap<Region, readonly string[]>;
  positionInRegion: ReadonlyMap<string, number>;
}

/** Indexes the population by region, for drawing associates from a nominal's neighbours. */
export function indexByRegion(
  population: readonly PlacedNominal[],
): RegionalIndex {
  const byRegion = new Map<Region, string[]>();
  const positionInRegion = new Map<string, number>();
  for (const nominal of population) {
    const ids = byRegion.get(nominal.region) ?? [];
    positionInRegion.set(nominal.id, ids.length);
    ids.push(nominal.id);
    byRegion.set(nominal.region, ids);
  }
  return { byRegion, positionInRegion };
}

/**
 * The `count` nominals of the same region just before this one in the
 * population: few enough that no one is linked to thousands, and never later
 * ones, so a nominal's links are the same whatever the population's size.
 */
export function listRegionalNeighbours(
  index: RegionalIndex,
  nominal: PlacedNominal,
  count: number,
): string[] {
  const ids = index.byRegion.get(nominal.region) ?? [];
  const at = index.positionInRegion.get(nominal.id) ?? 0;
  return ids.slice(Math.max(0, at - count), at);
}

/**
 * The other nominated nominals of the region, in population order: the
 * nominations lead the population, so they are the same whatever its size.
 */
export function listNominatedPeers(
  index: RegionalIndex,
  nominal: PlacedNominal,
): string[] {
  const lastNominated = formatNominalId(TOTAL_NOMINATIONS - 1);
  return (index.byRegion.get(nominal.region) ?? []).filter(
    (id) => id !== nominal.id && id <= lastNominated,
  );
}
