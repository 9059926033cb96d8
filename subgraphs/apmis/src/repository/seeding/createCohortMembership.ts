import {
  type NominationOutcome,
  type SyntheticNominal,
} from '@marsoc/platform';
import { type CohortMembershipRow } from '../ApmisRepository';
import { type CohortStatus } from '../apmisVocabulary';

const STATUS_BY_OUTCOME: Readonly<Record<NominationOutcome, CohortStatus>> = {
  NOT_PUT_FORWARD: 'NOT_PUT_FORWARD',
  NOT_SELECTED: 'NOT_SELECTED',
  CURRENT: 'SELECTED',
  DESELECTED: 'DESELECTED',
};

/**
 * The cohort record of a nominated nominal, taken as it is from the shared
 * population (which is calibrated to Table 1, seed 000 E423-E432) so that every
 * subgraph agrees on who was nominated and what became of them; null for a
 * nominal never nominated. Nominations are the first nominals of the population,
 * so their supervision is the supervision at nomination (E419).
 */
export function createCohortMembership(
  nominal: SyntheticNominal,
): CohortMembershipRow | null {
  const nomination = nominal.nomination;
  if (nomination === null) return null;
  return {
    nominalId: nominal.id,
    status: STATUS_BY_OUTCOME[nomination.outcome],
    region: nominal.region,
    nominatingAgency: nomination.nominatingAgency,
    supervisionAtNomination: nominal.supervision,
    cycleNominated: nomination.cycle,
    cycleDeselected: nomination.deselectedCycle,
  };
}

/** True for a nominal selected at a PSF, whether still on the cohort or not. */
export function isEverSelected(nominal: SyntheticNominal): boolean {
  const outcome = nominal.nomination?.outcome;
  return outcome === 'CURRENT' || outcome === 'DESELECTED';
}
