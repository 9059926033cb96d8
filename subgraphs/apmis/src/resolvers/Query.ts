import {
  badUserInput,
  createWithheldError,
  resolveHolderLookup,
} from '@marsoc/platform';
import { Region, VETTING_GRANTS } from '@marsoc/schema';
import { type ApmisContext } from '../context';
import { type CohortScope } from '../loaders';
import { type PerformanceRoot } from './ApmisPerformance';
import { cohortChanges } from './cohortChanges';
import { alertQueries } from '../alerts/alertResolvers';
import { cycleQueries } from './cycleQueries';
import { meetingQueries } from './meetingQueries';
import { type NominalReference } from './Nominal';
import {
  findNominatedInCallerRegion,
  markNominatedRegions,
} from './nominatedRegions';
import { searchNominals } from './searchNominals';

/** The most nominals one `nominals` call may ask for. */
export const MAX_NOMINALS_PER_CALL = 200;

/**
 * Whether an id is on the master list is itself the master-list entry's
 * (Nominal.apmis) to reveal. A caller who may learn that (at least EXISTENCE)
 * is told: null for an id on no list. A caller who may not is answered before
 * the list is read, the same for every id, real or made up: the id itself, so
 * that each other owner answers about it under its own rules (a BPSS police
 * officer still reads the plain OFFICIAL police record). Echoing every id says
 * nothing about any of them; every owner's answer about an id it holds nothing
 * on is already what its rules give for one it holds but withholds. A DWP
 * officer, whom the entry opens to per record, is refused for any nominal it
 * does not open, as for an id nobody holds.
 */
async function findOnMasterList(
  context: ApmisContext,
  coordinate: string,
  id: string,
): Promise<NominalReference | null> {
  const lookup = context.enforcement.decideLookup('Nominal.apmis');
  const perRecord = lookup.decision.reason === 'REGION_NOT_PERMITTED';
  if (!lookup.reveals && !lookup.grantable && !perRecord) return { id };
  if (perRecord) {
    // Only the record can open it (DWP, nominals put to a forum in its region);
    // anyone else it does not open is refused below, as for a made-up id.
    const opened = await findNominatedInCallerRegion(
      context,
      coordinate,
      lookup,
      id,
    );
    if (opened) return opened;
  }
  const found = await resolveHolderLookup(context.enforcement, {
    coordinate,
    governedBy: 'Nominal.apmis',
    findNominalId: async () =>
      (await context.loaders.nominalRecord.load(id))?.nominalId ?? null,
  });
  return found === null
    ? null
    : { ...found, marking: await markNominatedRegions(context, found.id) };
}

function readCohortScope(region: string | null | undefined): CohortScope {
  if (region === null || region === undefined) return 'ALL';
  if (!Region.is(region))
    throw badUserInput(`region must be one of ${Region.values.join(', ')}`);
  return region;
}

export const Query = {
  nominal(_: unknown, args: { id: string }, context: ApmisContext) {
    return findOnMasterList(context, 'Query.nominal', args.id);
  },

  nominals(
    _: unknown,
    args: { ids: readonly string[] },
    context: ApmisContext,
  ) {
    if (args.ids.length > MAX_NOMINALS_PER_CALL) {
      throw badUserInput(
        `nominals takes at most ${MAX_NOMINALS_PER_CALL} ids; got ${args.ids.length}`,
      );
    }
    // Each id is answered on its own: a refusal is that item's null and error.
    return args.ids.map((id) =>
      findOnMasterList(context, 'Query.nominals', id),
    );
  },

  /**
   * The cohort list is itself COHORT data: it is released only to a caller who
   * may see cohort membership (at least its SUMMARY), decided before the list
   * is read; NCND answers as an empty cohort would.
   */
  async cohort(
    _: unknown,
    args: { region?: string | null },
    context: ApmisContext,
  ) {
    const scope = readCohortScope(args.region);
    const { marking, decision, reveals } = context.enforcement.decideLookup(
      'Nominal.cohort',
      'SUMMARY',
    );
    if (!reveals) {
      if (decision.level === 'NCND') return [];
      throw createWithheldError(marking, decision);
    }
    const ids = await context.loaders.currentCohort.load(scope);
    return ids.map((id): NominalReference => ({ id }));
  },

  searchNominals,
  cohortChanges,
  ...meetingQueries,
  ...cycleQueries,
  ...alertQueries,

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
