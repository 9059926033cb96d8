import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';
import { type Decision, type RecordMarking } from '@marsoc/schema';
import { type MarkedField } from './markedFields';
import {
  type EnforcedContext,
  type RequestEnforcement,
  type Summarisers,
} from './RequestEnforcement';
import { createWithheldError } from './withheldError';

type Resolver = GraphQLFieldResolver<unknown, EnforcedContext>;

/**
 * Wraps the resolver of every marked field so that the owner decides, per field
 * and per record, what leaves this subgraph. This is the one piece of the
 * platform that every agency subgraph shares; nothing else may resolve a marked
 * field.
 *
 * The decision for a field comes from the request's precomputed table (an array
 * read). Only when the parent record carries its own marking, or the decision
 * could be raised by a case-specific grant, is the engine asked again for that
 * record. Then:
 *   FULL      the value; list items are filtered by their own record markings.
 *   SUMMARY   composite values pass through (their own fields decide); scalars go
 *             through the coordinate's summariser, or are withheld if it has none.
 *   EXISTENCE null plus a WITHHELD error with held: true, but only if something
 *             is held; if nothing is, exactly what absence returns.
 *   WITHHELD  null plus a WITHHELD error, whether or not anything is held.
 *   NCND      exactly what absence returns ([] for lists, null otherwise).
 * The fast path (FULL, no record marking, not grantable) stays synchronous.
 */
export function applyEnforcement(
  schema: GraphQLSchema,
  markedFields: readonly MarkedField[],
  summarisers: Summarisers,
): void {
  for (const marked of markedFields) {
    const type = schema.getType(marked.typeName);
    if (!isObjectType(type)) continue;
    const field = type.getFields()[marked.fieldName];
    if (!field) continue;
    field.resolve = createEnforcedResolver(
      marked,
      (field.resolve ?? defaultFieldResolver) as Resolver,
      summarisers,
    );
  }
}

function createEnforcedResolver(
  marked: MarkedField,
  resolve: Resolver,
  summarisers: Summarisers,
): Resolver {
  const absent = marked.returnsList ? [] : null;
  const summarise = summarisers[marked.coordinate];
  // What a released value of this field carries, made once rather than per record.
  const fieldCarried = Object.freeze([marked.marking.classification]);
  return (parent, args, context, info) => {
    const enforcement = context.enforcement;
    const fieldDecision = enforcement.table.field(marked.index);
    const record = readRecordMarking(parent);
    const nominalId = readNominalId(parent, marked.typeName);
    if (
      fieldDecision.level === 'FULL' &&
      record === undefined &&
      !fieldDecision.grantable
    ) {
      enforcement.recorder.record(
        nominalId,
        marked.marking.owner,
        marked.marking.category,
        marked.coordinate,
        fieldDecision,
        fieldCarried,
      );
      const value = resolve(parent, args, context, info);
      return marked.returnsList
        ? filterListItems(value, marked, enforcement, fieldDecision, nominalId)
        : value;
    }
    return decideForRecord(
      enforcement,
      marked,
      fieldDecision,
      record,
      nominalId,
    ).then((decision) => {
      // What is released carries the field's marking and its record's own.
      const carried = [marked.marking.classification];
      if (record?.classification) carried.push(record.classification);
      const note = (): void =>
        enforcement.recorder.record(
          nominalId,
          marked.marking.owner,
          marked.marking.category,
          marked.coordinate,
          decision,
          carried,
        );
      // EXISTENCE is noted only once something is known to be held.
      if (decision.level !== 'EXISTENCE') note();
      switch (decision.level) {
        case 'NCND':
          return absent;
        case 'WITHHELD':
          throw createWithheldError(marked.marking, decision);
        case 'EXISTENCE':
          return Promise.resolve(resolve(parent, args, context, info)).then(
            (value) => {
              if (isAbsent(value)) return absent;
              note();
              throw createWithheldError(marked.marking, decision);
            },
          );
        case 'SUMMARY':
          return Promise.resolve(resolve(parent, args, context, info)).then(
            (value) =>
              summariseValue(
                value,
                marked,
                summarise,
                decision,
                enforcement,
                nominalId,
              ),
          );
        case 'FULL':
          return marked.returnsList
            ? filterListItems(
                resolve(parent, args, context, info),
                marked,
                enforcement,
                decision,
                nominalId,
              )
            : resolve(parent, args, context, info);
      }
    });
  };
}

async function decideForRecord(
  enforcement: RequestEnforcement,
  marked: MarkedField,
  field: Decision,
  record: RecordMarking | undefined,
  nominalId: string | null,
): Promise<Decision> {
  const grants =
    field.grantable && nominalId !== null
      ? await enforcement.grantsFor(nominalId)
      : undefined;
  return enforcement.table.record({
    field,
    marking: marked.marking,
    record,
    grants,
    now: enforcement.now,
  });
}

function summariseValue(
  value: unknown,
  marked: MarkedField,
  summarise: ((value: unknown) => unknown) | undefined,
  decision: Decision,
  enforcement: RequestEnforcement,
  nominalId: string | null,
): unknown {
  if (isAbsent(value)) return marked.returnsList ? [] : null;
  if (marked.returnsObjects) {
    // Composite: each child field carries its own marking and summarises itself.
    return marked.returnsList
      ? filterListItems(value, marked, enforcement, decision, nominalId)
      : value;
  }
  if (summarise === undefined) {
    // No sanitised form is defined for this scalar: fail closed.
    throw createWithheldError(marked.marking, {
      ...decision,
      level: 'WITHHELD',
      reason: 'HANDLING_CONDITION',
    });
  }
  return summarise(value);
}

/**
 * Drops list items whose own record marking the caller may not see. Items below
 * SUMMARY vanish without an error or a gap, so the list's length says nothing;
 * items the owner lets the caller know exist (EXISTENCE) are reported once, by
 * category, in the disclosure summary, never by count. Each item released
 * adds its own classification to the list's entry (`listNominalId`'s), where
 * the list itself was recorded as released.
 */
function filterListItems(
  value: unknown,
  marked: MarkedField,
  enforcement: RequestEnforcement,
  field: Decision,
  listNominalId: string | null,
): unknown {
  if (value instanceof Promise) {
    return value.then((resolved: unknown) =>
      filterListItems(resolved, marked, enforcement, field, listNominalId),
    );
  }
  if (
    !Array.isArray(value) ||
    !value.some((item) => readRecordMarking(item) !== undefined)
  )
    return value;
  return Promise.all(
    value.map(async (item: unknown) => {
      const record = readRecordMarking(item);
      if (record === undefined) return item;
      const nominalId = readNominalId(item, marked.typeName);
      const decision = await decideForRecord(
        enforcement,
        marked,
        field,
        record,
        nominalId,
      );
      if (decision.level === 'FULL' || decision.level === 'SUMMARY') {
        if (record.classification)
          enforcement.recorder.noteReleasedRecord(
            listNominalId,
            marked.marking.owner,
            marked.marking.category,
            record.classification,
          );
        return item;
      }
      const level = decision.level === 'EXISTENCE' ? 'EXISTENCE' : 'NCND';
      enforcement.recorder.record(
        nominalId,
        marked.marking.owner,
        marked.marking.category,
        marked.coordinate,
        { ...decision, level },
      );
      return undefined;
    }),
  ).then((items) => items.filter((item) => item !== undefined));
}

function readRecordMarking(value: unknown): RecordMarking | undefined {
  if (typeof value !== 'object' || value === null || !('marking' in value))
    return undefined;
  const marking = (value as { marking?: unknown }).marking;
  return typeof marking === 'object' && marking !== null
    ? (marking as RecordMarking)
    : undefined;
}

function readNominalId(parent: unknown, typeName: string): string | null {
  if (typeof parent !== 'object' || parent === null) return null;
  const candidate = parent as { nominalId?: unknown; id?: unknown };
  if (typeof candidate.nominalId === 'string') return candidate.nominalId;
  if (typeName === 'Nominal' && typeof candidate.id === 'string')
    return candidate.id;
  return null;
}

function isAbsent(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (Array.isArray(value) && value.length === 0)
  );
}
