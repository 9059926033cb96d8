import { type CohortMembershipRow } from '../repository/CohortRows';
import { type CohortProblems } from '../workflow/CohortProblems';
import { nominate, recordForumDecision } from '../workflow/nominationCommands';
import { type CohortRequest } from '../workflow/runCohortChange';
import {
  type CycleStores,
  findLeadProblem,
  refuseUnlessLead,
  runCycleChange,
} from '../workflow/runCycleChange';
import {
  parseEmergencyDecision,
  parseEmergencyNomination,
  parseQualityCheck,
  parseResubmission,
} from './parseHandoffInputs';

type Input = Readonly<Record<string, unknown>>;

const COHORT = 'Nominal.cohort';
/** Awaiting a PSF: what the hub checks, and what an emergency decision takes. */
const AWAITING = ['NOMINATED', 'DEFERRED', 'REDIRECTED'];

/**
 * A nomination between PSFs (seed 000 E528-E530: "an emergency mechanism where
 * individuals could be nominated between PSFs"): nominated as any nomination
 * is, with the reason it cannot wait, for the chair to decide.
 */
export async function nominateInEmergency(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runCycleChange(stores, request, {
    operation: 'EMERGENCY_NOMINATION',
    writes: COHORT,
    input,
    parsed: parseEmergencyNomination(input),
    async apply(value) {
      const written = await nominate(stores.cohort, request, value.form);
      await stores.cycle.insertEmergency({
        nominalId: written.nominalId,
        nominationId: written.nominationId,
        reason: value.reason,
        requestedBy: request.caller.sub,
        requestedAt: request.now,
      });
      return written.nominationId;
    },
  });
}

/**
 * The chair's decision on an emergency nomination: the Regional Lead of the
 * nomination's region, who chairs its forums (E508), selects the nominal now
 * (the cohort's own acceptance, in the same transaction) or refers it to the
 * next PSF, where it waits as any nomination does.
 */
export async function decideEmergencyNomination(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runCycleChange(stores, request, {
    operation: 'EMERGENCY_DECISION',
    writes: COHORT,
    input,
    parsed: parseEmergencyDecision(input),
    async apply(value, problems) {
      const nomination = await findAwaiting(
        stores,
        request,
        value.nominalId,
        problems,
        'decide an emergency nomination',
      );
      const emergency = await stores.cycle.findEmergency(
        nomination.nominationId,
      );
      if (emergency === null)
        problems.addInput(
          `${value.nominalId}'s nomination was not made as an emergency; it waits for the PSF.`,
        );
      else if (emergency.decision !== null)
        problems.addState(
          `The chair already decided ${value.nominalId}'s emergency nomination (${emergency.decision}).`,
        );
      problems.throwIfAny();
      if (value.decision === 'ACCEPT')
        await recordForumDecision(stores.cohort, request, {
          ...value.acceptance,
          nominalId: value.nominalId,
          decision: 'ACCEPT',
        });
      await stores.cycle.decideEmergency(nomination.nominationId, {
        decision: value.decision,
        decisionReason: value.reason,
        decidedBy: request.caller.sub,
        decidedAt: request.now,
      });
      return nomination.nominationId;
    },
  });
}

/**
 * The hub's quality check before a nomination goes forward (Table B1 1.2,
 * E778, E783): PASS, or RETURN with reasons for the nominator to resubmit. A
 * returned nomination is not decided until it has been resubmitted and passed.
 */
export async function checkNominationQuality(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runCycleChange(stores, request, {
    operation: 'QUALITY_CHECK',
    writes: COHORT,
    input,
    parsed: parseQualityCheck(input),
    async apply(value, problems) {
      const nomination = await findAwaiting(
        stores,
        request,
        value.nominalId,
        problems,
        'check the quality of a nomination',
      );
      const latest = await stores.cycle.findLatestQualityCheck(
        nomination.nominationId,
      );
      if (latest !== null && latest.outcome !== 'RESUBMITTED')
        problems.addState(
          latest.outcome === 'PASS'
            ? `${value.nominalId}'s nomination has passed its quality check.`
            : `${value.nominalId}'s nomination was returned; it is checked again once resubmitted.`,
        );
      problems.throwIfAny();
      const { clientRequestId: _, ...check } = value;
      await stores.cycle.insertQualityCheck({
        ...check,
        nominationId: nomination.nominationId,
        by: request.caller.sub,
        byAgency: request.caller.agency,
        at: request.now,
      });
      return nomination.nominationId;
    },
  });
}

/** The nominating agency resubmits a returned nomination, saying what it added. */
export async function resubmitNomination(
  stores: CycleStores,
  request: CohortRequest,
  input: Input,
): Promise<string> {
  return runCycleChange(stores, request, {
    operation: 'RESUBMISSION',
    writes: COHORT,
    input,
    parsed: parseResubmission(input),
    async apply(value, problems) {
      const { caller } = request;
      const nomination = await stores.cohort.findLatestNomination(
        value.nominalId,
      );
      if (
        nomination === null ||
        nomination.nominatingAgency !== caller.agency ||
        !caller.regions.includes(nomination.region)
      ) {
        problems.addCaller(
          `Only the nominating agency, in the nomination's region, resubmits ${value.nominalId}'s nomination.`,
        );
        problems.throwIfAny();
        return value.nominalId;
      }
      const latest = await stores.cycle.findLatestQualityCheck(
        nomination.nominationId,
      );
      if (latest?.outcome !== 'RETURN' || !AWAITING.includes(nomination.status))
        problems.addState(
          `${value.nominalId}'s nomination is not returned for resubmission.`,
        );
      problems.throwIfAny();
      await stores.cycle.insertQualityCheck({
        nominalId: value.nominalId,
        nominationId: nomination.nominationId,
        outcome: 'RESUBMITTED',
        reasons: [],
        note: value.note,
        by: caller.sub,
        byAgency: caller.agency,
        at: request.now,
      });
      return nomination.nominationId;
    },
  });
}

/**
 * The nominal's nomination awaiting a PSF in one of the lead's regions;
 * otherwise every problem is thrown, anyone but a lead refused first whether
 * or not there is a nomination.
 */
async function findAwaiting(
  stores: CycleStores,
  request: CohortRequest,
  nominalId: string,
  problems: CohortProblems,
  act: string,
): Promise<CohortMembershipRow> {
  refuseUnlessLead(request, problems, act);
  const nomination = await stores.cohort.findLatestNomination(nominalId);
  if (nomination === null) {
    problems.addInput(`${nominalId} has no nomination.`);
  } else {
    problems.addCaller(findLeadProblem(request, nomination.region, act));
    if (!AWAITING.includes(nomination.status))
      problems.addState(
        `${nominalId}'s nomination is ${nomination.status}, not awaiting a PSF.`,
      );
  }
  problems.throwIfAny();
  if (nomination === null)
    throw new Error('a missing nomination reported no problem');
  return nomination;
}
