import {
  type Classification,
  Classification as Classifications,
} from '@marsoc/schema';
import { highestClassification } from './createProtectiveMarking';
import { type MarkingIndex } from './createMarkingIndex';
import { describeProblem } from './describeProblem';
import { formatValue, labelField } from './describeInWords';
import {
  type FieldGroup,
  type ProfileBlock,
  type ProfileSection,
} from './ProfileDocument';
import { type SectionDefinition } from './profileSections';
import { type FieldProblem, isRecord } from './readAnswer';

export interface SectionInputs {
  index: MarkingIndex;
  problems: ReadonlyMap<string, FieldProblem>;
  /** `OWNER/CATEGORY` pairs the owners reported as summarised. */
  summarised: ReadonlySet<string>;
}

/** A section, and what its released content adds to the document's marking. */
export interface DescribedSection {
  section: ProfileSection;
  released: Classification[];
  owners: Set<string>;
}

interface Walk {
  inputs: SectionInputs;
  blocks: ProfileBlock[];
  released: Classification[];
  owners: Set<string>;
  summaries: boolean;
}

/**
 * One section of the profile from the caller's answer, or undefined when the
 * answer holds nothing for it and says nothing about it: nothing recorded and
 * NCND look alike there, so they look alike here (left out).
 */
export function describeSection(
  definition: SectionDefinition,
  nominal: Record<string, unknown>,
  inputs: SectionInputs,
): DescribedSection | undefined {
  const chain = resolveChain(definition, inputs.index);
  const marking = chain.at(-1)?.marking;
  if (!marking) throw new Error(`${definition.title} has no marking`);
  const section: ProfileSection = {
    title: definition.title,
    owner: marking.owner,
    category: marking.category,
    classification: marking.classification,
    blocks: [],
  };
  let value: unknown = nominal;
  const path: (string | number)[] = ['nominal'];
  for (const segment of definition.path) {
    path.push(segment);
    const problem = inputs.problems.get(path.join('.'));
    if (problem) {
      section.blocks.push(describeProblem(problem));
      return { section, released: [], owners: new Set() };
    }
    value = isRecord(value) ? value[segment] : undefined;
  }
  if (isEmpty(value)) return undefined;
  const walk: Walk = {
    inputs,
    blocks: section.blocks,
    released: [],
    owners: new Set(),
    summaries: false,
  };
  const typeName = chain.at(-1)?.typeName ?? '';
  noteReleased(walk, marking);
  describeValue(walk, value, typeName, path, undefined);
  if (walk.summaries) {
    section.blocks.unshift({
      kind: 'notice',
      tone: 'summary',
      text: 'Some values in this section are summaries sanitised by the owner, not the record itself.',
    });
  }
  section.classification =
    highestClassification(walk.released) ?? marking.classification;
  return { section, released: walk.released, owners: walk.owners };
}

function resolveChain(definition: SectionDefinition, index: MarkingIndex) {
  let typeName = 'Nominal';
  return definition.path.map((segment) => {
    const facts = index.field(typeName, segment);
    if (!facts) throw new Error(`the supergraph has no ${typeName}.${segment}`);
    typeName = facts.typeName;
    return facts;
  });
}

function describeValue(
  walk: Walk,
  value: unknown,
  typeName: string,
  path: readonly (string | number)[],
  heading: string | undefined,
): void {
  if (Array.isArray(value) && value.some(isRecord)) {
    value.forEach((item, position) => {
      if (!isRecord(item)) return;
      const itemHeading = `${heading ?? 'Record'} ${position + 1} of ${value.length}`;
      describeRecord(walk, item, typeName, [...path, position], itemHeading);
    });
    return;
  }
  if (isRecord(value)) describeRecord(walk, value, typeName, path, heading);
}

function describeRecord(
  walk: Walk,
  record: Record<string, unknown>,
  typeName: string,
  path: readonly (string | number)[],
  heading: string | undefined,
): void {
  const group: FieldGroup = { kind: 'fields', heading, fields: [] };
  walk.blocks.push(group);
  for (const [name, child] of Object.entries(record)) {
    const childPath = [...path, name];
    const problem = walk.inputs.problems.get(childPath.join('.'));
    if (problem) {
      group.fields.push({
        label: labelField(name),
        value: `[${describeProblem(problem).text}]`,
      });
      continue;
    }
    if (child === null || child === undefined) continue;
    const facts = walk.inputs.index.field(typeName, name);
    if (facts?.marking && !isEmpty(child)) noteReleased(walk, facts.marking);
    const recordClassification = readRecordClassification(name, child);
    if (recordClassification) {
      // A record's own classification (an intelligence report's) marks the document too.
      walk.released.push(recordClassification);
    }
    if (isRecord(child) || (Array.isArray(child) && child.some(isRecord))) {
      describeValue(
        walk,
        child,
        facts?.typeName ?? '',
        childPath,
        labelField(name),
      );
    } else {
      group.fields.push({ label: labelField(name), value: formatValue(child) });
    }
  }
  if (group.fields.length === 0 && heading === undefined) {
    walk.blocks.splice(walk.blocks.indexOf(group), 1);
  }
}

function noteReleased(
  walk: Walk,
  marking: { owner: string; category: string; classification: Classification },
): void {
  walk.released.push(marking.classification);
  walk.owners.add(marking.owner);
  if (walk.inputs.summarised.has(`${marking.owner}/${marking.category}`)) {
    walk.summaries = true;
  }
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** `classification: "SECRET"` on a released record, in either spelling. */
function readRecordClassification(
  name: string,
  value: unknown,
): Classification | undefined {
  if (name !== 'classification' || typeof value !== 'string') return undefined;
  const normalised = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return Classifications.is(normalised) ? normalised : undefined;
}
