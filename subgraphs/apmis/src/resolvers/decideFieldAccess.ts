import { type GraphQLSchema } from 'graphql';
import { collectMarkedFields, type MarkedField } from '@marsoc/platform';
import { type Decision } from '@marsoc/schema';
import { type ApmisContext } from '../context';
import { UNMARKED_TYPES } from '../unmarkedTypes';

const markedFieldsBySchema = new WeakMap<
  GraphQLSchema,
  ReadonlyMap<string, MarkedField>
>();

/**
 * The request's decision for one marked field, for root fields that would
 * otherwise say something the field's owner decides on (which nominals are on
 * the cohort, whether an id is on the master list). The index into the
 * request's decision table is the field's position in `collectMarkedFields`,
 * which is deterministic for a schema; the start-up check has already passed,
 * so categories are not checked again.
 */
export function decideFieldAccess(
  context: ApmisContext,
  schema: GraphQLSchema,
  coordinate: string,
): { marked: MarkedField; decision: Decision } {
  const marked = findMarkedFields(schema).get(coordinate);
  if (marked === undefined)
    throw new Error(`${coordinate} is not a marked field of this schema`);
  return { marked, decision: context.enforcement.table.field(marked.index) };
}

function findMarkedFields(
  schema: GraphQLSchema,
): ReadonlyMap<string, MarkedField> {
  const cached = markedFieldsBySchema.get(schema);
  if (cached !== undefined) return cached;
  const fields = collectMarkedFields(schema, {
    isKnownCategory: () => true,
    unmarkedTypes: UNMARKED_TYPES,
  });
  const byCoordinate = new Map(
    fields.map((field) => [field.coordinate, field]),
  );
  markedFieldsBySchema.set(schema, byCoordinate);
  return byCoordinate;
}
