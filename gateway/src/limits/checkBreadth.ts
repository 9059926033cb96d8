import { type GraphQLError, type OperationDefinitionNode } from 'graphql';
import {
  type BreadthLimit,
  createLimitRefusal,
  LimitsUnavailableError,
} from '@marsoc/platform/limits';
import { type GatewayContext } from '../GatewayContext';
import { listOpenedNominals } from './listOpenedNominals';

/** The gateway's per-caller limits: the anti-fishing breadth limit and its clock. */
export interface GatewayLimits {
  breadth: BreadthLimit;
  /** ms since the epoch; the real time unless a test gives its own. */
  clock?: () => number;
}

/**
 * Decides, once the owners have answered and before anything leaves, whether
 * the answer may open its nominals: refused (BREADTH_LIMITED) when, with those
 * the caller already opened this hour, they pass the caller's allowance; and
 * refused (LIMITS_UNAVAILABLE) when the count cannot be asked. A refusal keeps
 * the whole answer back, its disclosure summary too, and notes the nominals
 * it would have opened for the gateway's audit record of the attempt.
 *
 * Only queries are limited: a mutation's change is made by the time its
 * answer is here, and refusing the answer would hide a change that happened.
 */
export async function checkBreadth(
  limits: GatewayLimits,
  context: GatewayContext,
  operation: OperationDefinitionNode,
): Promise<GraphQLError | undefined> {
  if (operation.operation !== 'query') return undefined;
  const nominalIds = listOpenedNominals(context.disclosures);
  if (nominalIds.length === 0) return undefined;
  let refusal: GraphQLError;
  try {
    const now = (limits.clock ?? Date.now)();
    const decision = await limits.breadth.admit(
      context.caller,
      nominalIds,
      now,
    );
    if (decision.allowed) return undefined;
    refusal = createLimitRefusal(
      'NOMINAL_BREADTH',
      decision.retryAfterSeconds,
      `This answer would open more distinct nominals this hour than your role allows, so nothing was released. Nominals you have already opened this hour stay open to you; try others again in ${decision.retryAfterSeconds} s.`,
    );
  } catch (error) {
    refusal =
      error instanceof LimitsUnavailableError
        ? error
        : new LimitsUnavailableError(error);
  }
  context.limitRefusal = { nominalIds };
  context.disclosures.length = 0;
  return refusal;
}
