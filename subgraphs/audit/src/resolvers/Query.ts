import { type GraphQLResolveInfo } from 'graphql';
import { badUserInput, createWithheldError } from '@marsoc/platform';
import { loadAuditView } from '../auditView/loadAuditView';
import { type AuditContext } from '../context';
import { decideLogAccess } from './decideLogAccess';
import { limitToAuditorsView } from './limitToAuditorsView';
import { orderByRequest } from './orderByRequest';
import { toAccessRow, type AuditAccessRow } from './toAccessRow';

/** The most accesses one `accessesTo` answer may hold. */
export const MAX_ACCESSES_PER_CALL = 500;

function readLimit(limit: number | null | undefined): number {
  if (limit === null || limit === undefined) return 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ACCESSES_PER_CALL)
    throw badUserInput(
      `limit must be a whole number from 1 to ${MAX_ACCESSES_PER_CALL}; got ${limit}`,
    );
  return limit;
}

/** The audit log's own rule for a nominal id: anything else could never be in it. */
const NOMINAL_ID = /^[A-Za-z0-9._:@#/+-]{1,128}$/;

function readNominalId(nominalId: string): string {
  if (!NOMINAL_ID.test(nominalId))
    throw badUserInput(
      'nominalId must be 1 to 128 letters, digits or . _ : @ # / + -',
    );
  return nominalId;
}

export const Query = {
  /**
   * Who consulted the nominal, newest first, without the caller's own
   * activity. The attempt itself is noted against the nominal whatever the
   * decision, so the owner's audit record of this query names it.
   */
  async accessesTo(
    _: unknown,
    args: { nominalId: string; limit?: number | null },
    context: AuditContext,
    info: GraphQLResolveInfo,
  ): Promise<AuditAccessRow[]> {
    // Checked first: the owner's audit record of this query will name the id.
    const nominalId = readNominalId(args.nominalId);
    const limit = readLimit(args.limit);
    const { marking, decision } = decideLogAccess(context);
    const delivered =
      decision.level === 'FULL' || decision.level === 'NCND'
        ? decision
        : // No summary or "held" form of the log exists: anything less is a refusal.
          { ...decision, level: 'WITHHELD' as const };
    context.enforcement.recorder.record(
      nominalId,
      marking.owner,
      marking.category,
      `${info.parentType.name}.${info.fieldName}`,
      delivered,
    );
    if (delivered.level === 'NCND') return [];
    if (delivered.level !== 'FULL')
      throw createWithheldError(marking, delivered);
    const accesses = await context.loaders.accessesTo.load({
      nominalId,
      excludeActorSub: context.caller.sub,
    });
    const isVisible = loadAuditView().forAuditor(
      context.caller,
      context.purpose,
    );
    return orderByRequest(limitToAuditorsView(accesses, isVisible))
      .slice(0, limit)
      .map((access) => toAccessRow(access, nominalId));
  },
};
