import { type CohortMembershipRow } from '../repository/CohortRows';
import { type CohortStore } from '../repository/CohortStore';
import { readToday } from './InputReader';
import { parseDeselection, parseExit } from './parseCohortWorkInputs';
import {
  locateNominal,
  regionOfNomination,
  requireNomination,
} from './cohortTargets';
import { type CohortRequest, runCohortChange } from './runCohortChange';

type Input = Readonly<Record<string, unknown>>;

/**
 * Re-assessment at a later PSF (seed 000 Table B1 5.2-6.1): removal from the
 * cohort and the risk-managed exit. A transfer to another region's cohort is a
 * hand-off the receiving region accepts (handoffs/cohortTransfers.ts).
 */

/** Removal from the cohort at a later PSF, with a reason and rationale (E822, E824). */
export async function deselect(
  store: CohortStore,
  request: CohortRequest,
  input: Input,
): Promise<CohortMembershipRow> {
  return runCohortChange(store, request, {
    transition: 'DESELECT',
    parsed: parseDeselection(input),
    locate: async (found, value) => await locateNominal(found, value.nominalId),
    regionOf: regionOfNomination,
    check: async ({ nomination }, value, problems) => {
      const selectedAt =
        nomination.forumDecision?.cycle ?? nomination.cycleNominated;
      if (value.cycle <= selectedAt)
        problems.addInput(
          `cycle ${value.cycle} is not after the cycle the nominal was selected at (${selectedAt}).`,
        );
    },
    write: async (found, target, value) => {
      const { nominationId } = requireNomination(target);
      await found.recordDeselection(nominationId, value);
      return { nominationId, cycle: value.cycle, detail: value.reason };
    },
  });
}

/** The risk-managed exit of a deselected nominal, with monitoring (E824-E828). */
export async function recordExit(
  store: CohortStore,
  request: CohortRequest,
  input: Input,
): Promise<CohortMembershipRow> {
  return runCohortChange(store, request, {
    transition: 'EXIT',
    parsed: parseExit(input, request.now),
    locate: async (found, value) => await locateNominal(found, value.nominalId),
    regionOf: regionOfNomination,
    write: async (found, target, value) => {
      const { nominationId } = requireNomination(target);
      const { nominalId: _, ...exit } = value;
      await found.recordExit(nominationId, {
        ...exit,
        exitedOn: readToday(request.now),
      });
      return {
        nominationId,
        cycle: null,
        detail: `monitoring until ${value.monitoringUntil}`,
      };
    },
  });
}
