import { type CohortMembershipRow } from '../repository/CohortRows';
import { type CohortStore } from '../repository/CohortStore';
import { readToday } from './InputReader';
import {
  parseForumDecision,
  parseNomination,
  parseNotPutForward,
  type ParsedForumDecision,
} from './parseNominationInputs';
import { locateNominal, requireNomination } from './cohortTargets';
import {
  type CohortRequest,
  type NominatedTarget,
  runCohortChange,
} from './runCohortChange';
import { type CohortProblems } from './CohortProblems';

type Input = Readonly<Record<string, unknown>>;

/** A partner agency nominates a nominal to its regional hub (seed 000 E777, Table B1 1.1). */
export async function nominate(
  store: CohortStore,
  request: CohortRequest,
  input: Input,
): Promise<CohortMembershipRow> {
  return runCohortChange(store, request, {
    transition: 'NOMINATE',
    parsed: parseNomination(input),
    locate: async (found, value) => await locateNominal(found, value.nominalId),
    regionOf: (_, value) => value.region,
    check: async ({ nomination }, value, problems) => {
      if (value.cycle < nomination.cycleNominated)
        problems.addInput(
          `cycle ${value.cycle} is before the cycle of the earlier nomination (${nomination.cycleNominated}).`,
        );
    },
    write: async (found, target, value) => ({
      nominationId: await found.insertNomination({
        nominalId: target.nominalId,
        region: value.region,
        nominatingAgency: request.caller.agency,
        supervisionAtNomination: value.supervisionStatus,
        mandatoryCriteriaMet: value.mandatoryCriteriaMet,
        otherCriteriaMet: value.otherCriteriaMet,
        cycleNominated: value.cycle,
        nominatedOn: readToday(request.now),
      }),
      cycle: value.cycle,
      detail: value.region,
    }),
  });
}

/** The Regional Lead decides not to propose a nomination to the PSF (E785-E793). */
export async function recordNotPutForward(
  store: CohortStore,
  request: CohortRequest,
  input: Input,
): Promise<CohortMembershipRow> {
  return runCohortChange(store, request, {
    transition: 'NOT_PUT_FORWARD',
    parsed: parseNotPutForward(input),
    locate: async (found, value) => await locateNominal(found, value.nominalId),
    regionOf: ({ nomination }) => nomination?.region ?? null,
    write: async (found, target, value) => {
      const { nominationId } = requireNomination(target);
      await found.recordNotPutForward(nominationId, value.reason);
      return { nominationId, cycle: null, detail: 'NOT_PUT_FORWARD' };
    },
  });
}

/** A PSF decision: accept, decline, defer or redirect (E200, E794-E804). */
export async function recordForumDecision(
  store: CohortStore,
  request: CohortRequest,
  input: Input,
): Promise<CohortMembershipRow> {
  const parsed = parseForumDecision(input);
  return runCohortChange(store, request, {
    // Every PSF decision has the same deciders, so an unreadable one is judged as any.
    transition: parsed.value?.decision ?? 'ACCEPT',
    parsed,
    locate: async (found, value) => await locateNominal(found, value.nominalId),
    regionOf: ({ nomination }) => nomination?.region ?? null,
    check: async (target, value, problems) => {
      checkForumDecision(target, value, problems);
      // A nomination the hub returned goes forward only once resubmitted and passed (E783).
      const checked = await store.findLatestQualityOutcome(
        target.nomination.nominationId,
      );
      if (checked !== null && checked !== 'PASS')
        problems.addState(
          `${target.nominalId}'s nomination has not passed the hub's quality check (it is ${checked}); it cannot be decided yet.`,
        );
    },
    write: async (found, target, value, to) => {
      const nomination = requireNomination(target);
      const acceptance = value.acceptance;
      await found.recordForumDecision(nomination.nominationId, {
        status: to,
        decision: value.decision,
        cycle: value.cycle,
        reason: value.reason,
        seniorResponsibleOfficer: acceptance?.seniorResponsibleOfficer ?? null,
        leadAgency: acceptance?.leadAgency ?? null,
        supportingAgencies: acceptance?.supportingAgencies ?? [],
        strategicObjectives: acceptance?.strategicObjectives ?? [],
        region: value.redirectToRegion ?? nomination.region,
        redirectedFrom:
          value.redirectToRegion === null
            ? (nomination.forumDecision?.redirectedFrom ?? null)
            : nomination.region,
      });
      return {
        nominationId: nomination.nominationId,
        cycle: value.cycle,
        detail: describeDecision(value, nomination.region),
      };
    },
  });
}

/** A decision is made at or after the nomination's cycle, and after a deferral's (E794). */
function checkForumDecision(
  { nomination }: NominatedTarget,
  value: ParsedForumDecision,
  problems: CohortProblems,
): void {
  const previous = nomination.forumDecision;
  if (value.cycle < nomination.cycleNominated)
    problems.addInput(
      `cycle ${value.cycle} is before the cycle the nomination came to (${nomination.cycleNominated}).`,
    );
  else if (previous?.decision === 'DEFER' && value.cycle <= previous.cycle)
    problems.addInput(
      `cycle ${value.cycle} is not after the PSF that deferred the decision (cycle ${previous.cycle}).`,
    );
  if (value.redirectToRegion === nomination.region)
    problems.addInput(
      `redirectToRegion ${nomination.region} is where the nomination already is.`,
    );
}

function describeDecision(value: ParsedForumDecision, from: string): string {
  if (value.acceptance !== null)
    return `ACCEPT lead ${value.acceptance.leadAgency}`;
  if (value.redirectToRegion !== null)
    return `REDIRECT ${from} -> ${value.redirectToRegion}`;
  return value.decision;
}
