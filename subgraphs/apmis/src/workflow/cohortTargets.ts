import { type Region } from '@marsoc/schema';
import { type CohortMembershipRow } from '../repository/CohortRows';
import { type CohortStore } from '../repository/CohortStore';
import { type CohortTarget } from './runCohortChange';

/** Finds a nominal on the master list and their latest nomination. */
export async function locateNominal(
  store: CohortStore,
  nominalId: string,
): Promise<CohortTarget | string> {
  if ((await store.findMasterListRegion(nominalId)) === null)
    return `${nominalId} is not on the SOC master list.`;
  return { nominalId, nomination: await store.findLatestNomination(nominalId) };
}

/**
 * The nomination a change writes to. Every transition but NOMINATE starts from a
 * status, so the lifecycle has already refused a target with none.
 */
export function requireNomination(target: CohortTarget): CohortMembershipRow {
  if (target.nomination === null)
    throw new Error('the lifecycle let a change through with no nomination');
  return target.nomination;
}

/** The region a change to an existing nomination is judged in: the nomination's. */
export function regionOfNomination({
  nomination,
}: CohortTarget): Region | null {
  return nomination?.region ?? null;
}
