import { type GraphQLResolveInfo } from 'graphql';
import { badUserInput, createWithheldError } from '@marsoc/platform';
import { Region, VETTING_GRANTS } from '@marsoc/schema';
import { type ApmisContext } from '../context';
import { type CohortScope } from '../loaders';
import { type PerformanceRoot } from './ApmisPerformance';
import { cohortChanges } from './cohortChanges';
import { decideFieldAccess } from './decideFieldAccess';
import { type NominalReference } from './Nominal';
import { searchNominals } from './searchNominals';

/** The most nominals one `nominals` call may ask for. */
export const MAX_NOMINALS_PER_CALL = 200;

/**
 * A master-list lookup answers exactly as for an unknown id when the caller's
 * decision for the master-list entry is NCND (DESIGN.md §2.4). Anything else is
 * left to the marked fields, which enforce themselves.
 */
function isMasterListSuppressed(
  context: ApmisContext,
  info: GraphQLResolveInfo,
): boolean {
  return (
    decideFieldAccess(context, info.schema, 'Nominal.apmis').decision.level ===
    'NCND'
  );
}

async function findOnMasterList(
  context: ApmisContext,
  id: string,
): Promise<NominalReference | null> {
  const record = await context.loaders.nominalRecord.load(id);
  return record === null ? null : { id: record.nominalId };
}

function readCohortScope(region: string | null | undefined): CohortScope {
  if (region === null || region === undefined) return 'ALL';
  if (!Region.is(region))
    throw badUserInput(`region must be one of ${Region.values.join(', ')}`);
  return region;
}

export const Query = {
  nominal(
    _: unknown,
    args: { id: string },
    context: ApmisContext,
    info: GraphQLResolveInfo,
  ) {
    if (isMasterListSuppressed(context, info)) return null;
    return findOnMasterList(context, args.id);
  },

  nominals(
    _: unknown,
    args: { ids: readonly string[] },
    context: ApmisContext,
    info: GraphQLResolveInfo,
  ) {
    if (args.ids.length > MAX_NOMINALS_PER_CALL) {
      throw badUserInput(
        `nominals takes at most ${MAX_NOMINALS_PER_CALL} ids; got ${args.ids.length}`,
      );
    }
    if (isMasterListSuppressed(context, info)) return args.ids.map(() => null);
    return Promise.all(args.ids.map((id) => findOnMasterList(context, id)));
  },

  /**
   * The cohort list is itself COHORT data: it is released only to a caller who
   * may see cohort membership; NCND answers as an empty cohort would.
   */
  async cohort(
    _: unknown,
    args: { region?: string | null },
    context: ApmisContext,
    info: GraphQLResolveInfo,
  ) {
    const scope = readCohortScope(args.region);
    const { marked, decision } = decideFieldAccess(
      context,
      info.schema,
      'Nominal.cohort',
    );
    switch (decision.level) {
      case 'NCND':
        return [];
      case 'WITHHELD':
      case 'EXISTENCE':
        throw createWithheldError(marked.marking, decision);
      case 'SUMMARY':
      case 'FULL':
        break;
    }
    const ids = await context.loaders.currentCohort.load(scope);
    return ids.map((id): NominalReference => ({ id }));
  },

  searchNominals,
  cohortChanges,

  /** Performance counts: the object is empty, its AGGREGATES fields count. */
  performance(): PerformanceRoot {
    return {};
  },

  me(_: unknown, __: unknown, context: ApmisContext) {
    const { caller, purpose } = context;
    return {
      sub: caller.sub,
      name: caller.name,
      agency: caller.agency,
      unit: caller.unit,
      regions: caller.regions,
      roles: caller.roles,
      vetting: caller.vetting,
      maxClassification: VETTING_GRANTS[caller.vetting],
      purpose: purpose?.purpose ?? null,
      justification: purpose?.justification ?? null,
    };
  },
};
