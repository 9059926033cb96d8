import {
  addDays,
  type NominationOutcome,
  type SyntheticNominal,
} from '@marsoc/platform';
import { type Agency, type Region } from '@marsoc/schema';
import {
  type CohortStatus,
  type SupervisionStatus,
} from '../repository/apmisVocabulary';
import { type CohortTransition } from '../repository/cohortVocabulary';
import { findCycleDate } from './dates';
import { type CohortAssignment } from './createCohortAssignment';

/** Who the seeded history is attributed to: the National Team's monitoring data (E1096-E1101). */
export const MIGRATED_ACTOR = 'migrated:national-team-monitoring-data';

export interface SeededEvent {
  transition: CohortTransition;
  fromStatus: CohortStatus | null;
  toStatus: CohortStatus;
  actorAgency: Agency;
  occurredAt: string;
  cycle: number;
  detail: string;
}

/** A nomination as the monitoring data has it, with the history that led there. */
export interface SeededNomination {
  nominalId: string;
  status: CohortStatus;
  region: Region;
  nominatingAgency: Agency;
  supervisionAtNomination: SupervisionStatus;
  cycleNominated: number;
  nominatedOn: string;
  forumDecision: 'ACCEPT' | 'DECLINE' | null;
  cycleDecided: number | null;
  cycleDeselected: number | null;
  assignment: CohortAssignment;
  events: SeededEvent[];
}

const STATUS_BY_OUTCOME: Readonly<Record<NominationOutcome, CohortStatus>> = {
  NOT_PUT_FORWARD: 'NOT_PUT_FORWARD',
  NOT_SELECTED: 'NOT_SELECTED',
  CURRENT: 'SELECTED',
  DESELECTED: 'DESELECTED',
};

/** Nominations reach the hub some weeks before their PSF (project-defined). */
const DAYS_BEFORE_FORUM = 28;

/**
 * The nomination of a nominated nominal, taken as it is from the shared
 * population (which is calibrated to Table 1, seed 000 E423-E432) so that every
 * subgraph agrees on who was nominated and what became of them; null for a
 * nominal never nominated. Nominations are the first nominals of the population,
 * so their supervision is the supervision at nomination (E419). The PSF's
 * assignment (SRO, lead and supporting agencies, objectives, 4P plan) and any
 * deselection reason come from createCohortAssignment.
 */
export function createSeededNomination(
  nominal: SyntheticNominal,
  assignment: CohortAssignment,
): SeededNomination | null {
  const nomination = nominal.nomination;
  if (nomination === null) return null;
  const status = STATUS_BY_OUTCOME[nomination.outcome];
  const forumDate = findCycleDate(nomination.cycle);
  const nominatedOn = addDays(forumDate, -DAYS_BEFORE_FORUM);
  const forumDecision =
    status === 'NOT_PUT_FORWARD'
      ? null
      : status === 'NOT_SELECTED'
        ? 'DECLINE'
        : 'ACCEPT';
  return {
    nominalId: nominal.id,
    status,
    region: nominal.region,
    nominatingAgency: nomination.nominatingAgency,
    supervisionAtNomination: nominal.supervision,
    cycleNominated: nomination.cycle,
    nominatedOn,
    forumDecision,
    cycleDecided: forumDecision === null ? null : nomination.cycle,
    cycleDeselected: nomination.deselectedCycle,
    assignment,
    events: createSeededEvents(
      nominal,
      nominatedOn,
      forumDecision,
      assignment.deselectionReason ?? 'OTHER',
    ),
  };
}

/** What the hub or the PSF did with a nomination, as the monitoring data shows it. */
const FORUM_EVENTS = {
  NONE: { transition: 'NOT_PUT_FORWARD', toStatus: 'NOT_PUT_FORWARD' },
  DECLINE: { transition: 'DECLINE', toStatus: 'NOT_SELECTED' },
  ACCEPT: { transition: 'ACCEPT', toStatus: 'SELECTED' },
} as const;

function createSeededEvents(
  nominal: SyntheticNominal,
  nominatedOn: string,
  forumDecision: 'ACCEPT' | 'DECLINE' | null,
  deselectionReason: string,
): SeededEvent[] {
  const nomination = nominal.nomination;
  if (nomination === null) return [];
  const { cycle, deselectedCycle } = nomination;
  const at = (date: string) => `${date}T10:00:00.000Z`;
  const forum = FORUM_EVENTS[forumDecision ?? 'NONE'];
  const events: SeededEvent[] = [
    {
      transition: 'NOMINATE',
      fromStatus: null,
      toStatus: 'NOMINATED',
      actorAgency: nomination.nominatingAgency,
      occurredAt: at(nominatedOn),
      cycle,
      detail: nominal.region,
    },
    {
      ...forum,
      fromStatus: 'NOMINATED',
      actorAgency: 'MARSOC',
      occurredAt: at(findCycleDate(cycle)),
      cycle,
      detail: forumDecision ?? 'NOT_RECORDED',
    },
  ];
  if (deselectedCycle !== null) {
    events.push({
      transition: 'DESELECT',
      fromStatus: 'SELECTED',
      toStatus: 'DESELECTED',
      actorAgency: 'MARSOC',
      occurredAt: at(findCycleDate(deselectedCycle)),
      cycle: deselectedCycle,
      detail: deselectionReason,
    });
  }
  return events;
}

/** True for a nominal selected at a PSF, whether still on the cohort or not. */
export function isEverSelected(nominal: SyntheticNominal): boolean {
  const outcome = nominal.nomination?.outcome;
  return outcome === 'CURRENT' || outcome === 'DESELECTED';
}
