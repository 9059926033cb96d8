import {
  type Decision,
  type DisclosureGrant,
  type DisclosureLevel,
  type FieldMarking,
  rankDisclosure,
} from '@marsoc/schema';
import {
  type LookupDecision,
  type RequestEnforcement,
} from './RequestEnforcement';
import { createWithheldError } from './withheldError';

/** What every root lookup and search by a key says about itself. */
interface HolderQuestion {
  /** The field asked, e.g. `Query.nominalByPncId`; recorded, never its argument. */
  coordinate: string;
  /**
   * The marked fields whose decisions govern the answer, from the nominal down
   * to the key itself (e.g. `Nominal.probation`, `ProbationSupervision.crn`):
   * answering with the nominal shows the key as belonging to it, so the caller
   * must be able to see every step of the way there.
   */
  governedBy: string | readonly string[];
  /** The least level each must reach; EXISTENCE unless said. */
  least?: DisclosureLevel;
}

/** A root field that answers which nominal a key (an id, a reference) names. */
export interface HolderLookup extends HolderQuestion {
  /** Reads the nominal the key names: called only once the decisions let the caller learn it. */
  findNominalId(): Promise<string | null>;
}

/** A search by a key: every nominal it matched, each as a row naming it. */
export interface HolderSearch<
  Row extends { nominalId: string },
> extends HolderQuestion {
  /** Reads the matches: called only once the decisions let the caller learn them. */
  findMatches(): Promise<readonly Row[]>;
}

/** One governing field's decision, raised by a grant where one applies. */
interface Judged {
  marking: FieldMarking;
  decision: Decision;
}

/**
 * Resolves a lookup so that it reveals a holder exactly as the governing fields
 * would (see releaseHolderMatches): null for a key that names no one, or when
 * NCND stops the caller; the WITHHELD error for any other refusal.
 */
export async function resolveHolderLookup(
  enforcement: RequestEnforcement,
  lookup: HolderLookup,
): Promise<{ id: string } | null> {
  const [found] = await releaseHolderMatches(enforcement, {
    ...lookup,
    findMatches: async () => {
      const nominalId = await lookup.findNominalId();
      return nominalId === null ? [] : [{ nominalId }];
    },
  });
  return found === undefined ? null : { id: found.nominalId };
}

/**
 * The matches of a search by a key that the caller may learn. The caller's
 * decisions are read from the request's table first; a caller they refuse is
 * answered without the repository being read, the same for every key: nothing
 * under NCND (as for a key nobody holds), otherwise the WITHHELD error, recorded
 * against no nominal. Only decisions a case-specific grant could raise need the
 * matches first; each is then judged with its own nominal's grants, and when
 * none is released (a key that names no one included) the refusal is the same.
 */
export async function releaseHolderMatches<Row extends { nominalId: string }>(
  enforcement: RequestEnforcement,
  search: HolderSearch<Row>,
): Promise<Row[]> {
  const least = search.least ?? 'EXISTENCE';
  const chain = [search.governedBy]
    .flat()
    .map((coordinate) => enforcement.decideLookup(coordinate, least));
  const outright = chain.filter((step) => !step.reveals && !step.grantable);
  if (outright.length > 0)
    return refuse(enforcement, search.coordinate, lowest(outright));
  const rows = await search.findMatches();
  const released: Row[] = [];
  let refusal: Judged | undefined;
  for (const row of rows) {
    const judged = await judgeForNominal(enforcement, chain, row.nominalId);
    if (rankDisclosure(judged.decision.level) < rankDisclosure(least)) {
      refusal ??= judged;
      continue;
    }
    record(enforcement, row.nominalId, search.coordinate, judged);
    released.push(row);
  }
  if (released.length > 0) return released;
  if (chain.every((step) => step.reveals)) {
    record(enforcement, null, search.coordinate, lowest(chain));
    return released;
  }
  // Refused for the nominals found, or nothing found: judged as a nominal without grants.
  return refuse(
    enforcement,
    search.coordinate,
    refusal ??
      lowest(chain.map((step) => judgeWithGrants(enforcement, step, []))),
  );
}

async function judgeForNominal(
  enforcement: RequestEnforcement,
  chain: readonly LookupDecision[],
  nominalId: string,
): Promise<Judged> {
  const grants = chain.some((step) => step.grantable)
    ? await enforcement.grantsFor(nominalId)
    : [];
  return lowest(
    chain.map((step) => judgeWithGrants(enforcement, step, grants)),
  );
}

function judgeWithGrants(
  enforcement: RequestEnforcement,
  step: LookupDecision,
  grants: readonly DisclosureGrant[],
): Judged {
  if (!step.grantable)
    return { marking: step.marking, decision: step.decision };
  return {
    marking: step.marking,
    decision: enforcement.table.record({
      field: step.decision,
      marking: step.marking,
      grants,
      now: enforcement.now,
    }),
  };
}

/** The most restrictive step (the first of equals, so the choice is stable). */
function lowest(steps: readonly Judged[]): Judged {
  return steps.reduce((low, step) =>
    rankDisclosure(step.decision.level) < rankDisclosure(low.decision.level)
      ? step
      : low,
  );
}

function record(
  enforcement: RequestEnforcement,
  nominalId: string | null,
  coordinate: string,
  { marking, decision }: Judged,
): void {
  enforcement.recorder.record(
    nominalId,
    marking.owner,
    marking.category,
    coordinate,
    decision,
    [marking.classification],
  );
}

/** The one answer a refused lookup or search gives, whatever its key. */
function refuse(
  enforcement: RequestEnforcement,
  coordinate: string,
  judged: Judged,
): [] {
  // Below the lookup's level but not NCND, the caller is told only that it is withheld.
  const refusal: Judged =
    judged.decision.level === 'NCND'
      ? judged
      : { ...judged, decision: { ...judged.decision, level: 'WITHHELD' } };
  record(enforcement, null, coordinate, refusal);
  if (refusal.decision.level === 'NCND') return [];
  throw createWithheldError(refusal.marking, refusal.decision);
}
