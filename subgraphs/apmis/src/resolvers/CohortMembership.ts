import { type ApmisContext } from '../context';
import { type CohortMembershipRow } from '../repository/CohortRows';
import { cohortMembershipHandoffs } from './cycleTypes';

/** The parts of a nomination kept in their own tables, loaded per request in batches. */
export const CohortMembership = {
  fourPPlan: (row: CohortMembershipRow, _: unknown, context: ApmisContext) =>
    context.loaders.fourPPlan.load(row.nominationId),
  tpmActions: (row: CohortMembershipRow, _: unknown, context: ApmisContext) =>
    context.loaders.tpmActions.load(row.nominationId),
  events: (row: CohortMembershipRow, _: unknown, context: ApmisContext) =>
    context.loaders.cohortEvents.load(row.nominationId),
  ...cohortMembershipHandoffs,
};
