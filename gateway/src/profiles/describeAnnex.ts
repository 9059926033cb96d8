import { type Classification } from '@marsoc/schema';
import { type AgencyDisclosure } from '@marsoc/schema/wire';
import { type MarkingIndex } from './createMarkingIndex';
import { highestClassification } from './createProtectiveMarking';
import { describeReason } from './describeInWords';
import { type AnnexEntry } from './ProfileDocument';
import { type FieldProblem, isRecord } from './readAnswer';

const LEVELS = ['held', 'withheld', 'summarised'] as const;

/**
 * The disclosure annex: per owner, each category it held back (held, withheld
 * or summarised), why in words, and whom to ask, from the answer's
 * `extensions.disclosure` for this nominal. The owners never report NCND
 * coordinates there, so nothing here can reveal one. Reasons and routes are the
 * category's own where an error names it, else the owner's.
 */
export function describeAnnex(
  agencies: readonly AgencyDisclosure[],
  problems: ReadonlyMap<string, FieldProblem>,
  index: MarkingIndex,
): AnnexEntry[] {
  const entries: AnnexEntry[] = [];
  for (const agency of agencies) {
    for (const level of LEVELS) {
      for (const category of agency[level]) {
        const named = [...problems.values()].filter(
          (problem) =>
            problem.owner === agency.owner && problem.category === category,
        );
        const reasons = unique(
          named.flatMap((problem) => (problem.reason ? [problem.reason] : [])),
        );
        entries.push({
          owner: agency.owner,
          category,
          level,
          classification: highestClassification(
            named.flatMap((problem) => classifyPath(problem.path, index)),
          ),
          reasons: (reasons.length > 0 ? reasons : agency.reasons).map(
            describeReason,
          ),
          route:
            named.find((problem) => problem.route)?.route ?? agency.routes[0],
        });
      }
    }
  }
  return entries;
}

/** The agencies of `extensions.disclosure` for this nominal (or for none, when the nominal itself was refused). */
export function readDisclosedAgencies(
  extensions: Record<string, unknown> | undefined,
  nominalId: string,
): AgencyDisclosure[] {
  const disclosure = extensions?.disclosure;
  if (!isRecord(disclosure) || !Array.isArray(disclosure.nominals)) return [];
  return disclosure.nominals.flatMap((nominal: unknown) =>
    isRecord(nominal) &&
    (nominal.nominalId === nominalId || nominal.nominalId === null) &&
    Array.isArray(nominal.agencies)
      ? (nominal.agencies as AgencyDisclosure[])
      : [],
  );
}

/** The marking of the field an error's path ends at: static schema facts only. */
function classifyPath(
  path: readonly (string | number)[],
  index: MarkingIndex,
): Classification[] {
  // The operation's one root field, `nominal`, returns a Nominal.
  let typeName = 'Nominal';
  let classification: Classification | undefined;
  for (const segment of path.slice(1)) {
    if (typeof segment === 'number') continue;
    const facts = index.field(typeName, segment);
    if (!facts) return [];
    typeName = facts.typeName;
    classification = facts.marking?.classification;
  }
  return classification ? [classification] : [];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
