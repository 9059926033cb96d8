import { type RequestPurpose } from '@marsoc/schema';
import { type DisclosureGrantRecord, validateGrantCaller } from '../grants';
import {
  type DisclosureDecisionInput,
  type DisclosureRequestRecord,
} from './DisclosureRequestRecord';
import { type DecisionChange } from './DisclosureRequestRepository';
import {
  type DisclosureRequestCall,
  type DisclosureRequestServiceOptions,
} from './DisclosureRequestService';
import { findRequest } from './findRequest';
import { type OwnerDisclosureStore } from './OwnerDisclosureStore';
import { createRequestRefusal } from './requestErrors';
import { describeRefusedTransition, mayTransition } from './requestTransitions';
import {
  type DecisionPlan,
  validateDecisionInput,
} from './validateDecisionInput';

type Call = DisclosureRequestCall & { purpose: RequestPurpose };

/**
 * The owner's decision on a request, in one serializable transaction: only a
 * disclosure officer of the owner (the register's rule for who records
 * grants), only on a PENDING request of its own queue. An approval records
 * its grant through the grant desk over the same transaction, so the grant
 * and the decision commit together, once, or not at all; a request decided
 * meanwhile (another replica's decision) rolls the grant back with it and is
 * refused as a stale transition.
 */
export function decideDisclosureRequest(
  options: DisclosureRequestServiceOptions,
  input: DisclosureDecisionInput,
  call: Call,
): Promise<DisclosureRequestRecord> {
  const callerProblems = validateGrantCaller(
    call.caller,
    undefined,
    options.owners,
  );
  if (callerProblems.length > 0)
    throw createRequestRefusal('decision', callerProblems);
  return options.store.transaction(async (desk) => {
    const request = await findRequest(
      desk,
      input.id,
      (found) => found.owner === call.caller.agency,
    );
    if (!request) {
      throw createRequestRefusal('decision', [
        {
          kind: 'INPUT',
          message: `${call.caller.agency}'s queue holds no request with that id.`,
        },
      ]);
    }
    if (!mayTransition(request.status, 'DECIDE')) {
      throw createRequestRefusal('decision', [
        {
          kind: 'STATE',
          message: describeRefusedTransition(
            request.status,
            'DECIDE',
            request.closedAt,
          ),
        },
      ]);
    }
    const check = validateDecisionInput(input, {
      caller: call.caller,
      request,
      rules: options.rules,
      forbiddenLevels: options.forbiddenLevels(request.owner),
      now: Date.parse(call.now),
    });
    if (!check.ok) {
      throw createRequestRefusal(
        'decision',
        check.problems.map((message) => ({ kind: 'INPUT', message })),
      );
    }
    const decided = await desk.recordDecision(
      await toChange(options, desk, request, check.plan, call),
    );
    if (decided) return decided;
    // Decided by someone else between the read and the write: undo this grant too.
    throw createRequestRefusal('decision', [
      {
        kind: 'STATE',
        message:
          'The request was decided by someone else meanwhile; a request is decided once.',
      },
    ]);
  });
}

async function toChange(
  options: DisclosureRequestServiceOptions,
  desk: OwnerDisclosureStore,
  request: DisclosureRequestRecord,
  plan: DecisionPlan,
  call: Call,
): Promise<DecisionChange> {
  const closed = {
    id: request.id,
    closedAt: new Date(call.now).toISOString(),
    closedBy: call.caller.sub,
  };
  if (plan.decision === 'DECLINE') {
    return {
      ...closed,
      status: 'DECLINED',
      legalBasis: null,
      reason: plan.reason,
      grant: null,
    };
  }
  const grant = await recordGrant(options, desk, request, plan, call);
  return {
    ...closed,
    status: plan.decision === 'PARTIAL' ? 'PARTIALLY_APPROVED' : 'APPROVED',
    legalBasis: plan.basis.id,
    reason: plan.reason,
    grant: {
      id: grant.id,
      level: plan.level,
      expiresAt: grant.expiresAt,
      regions: grant.regions,
      units: grant.units,
    },
  };
}

/** The grant the approval makes: the requester's agency, for the request's purpose, citing the basis. */
function recordGrant(
  options: DisclosureRequestServiceOptions,
  desk: OwnerDisclosureStore,
  request: DisclosureRequestRecord,
  plan: Extract<DecisionPlan, { decision: 'APPROVE' | 'PARTIAL' }>,
  call: Call,
): Promise<DisclosureGrantRecord> {
  const { basis } = plan;
  return options.grantsOver(desk).record(
    {
      owner: request.owner,
      nominalId: request.nominalId,
      category: request.category,
      recipient: request.requesterAgency,
      purpose: request.purpose,
      legalBasis: `${basis.statute} ${basis.provision} [${basis.id}]`,
      expiresAt: plan.expiresAt,
      regions: plan.regions,
      units: plan.units,
      level: plan.level,
    },
    { caller: call.caller, purpose: call.purpose, now: call.now },
  );
}
