import { type GraphQLSchema } from 'graphql';
import { collectMarkedFields, type MarkedField } from '@marsoc/platform';
import { type Decision, rankDisclosure } from '@marsoc/schema';
import { type AuditContext } from '../context';

const markedFieldsBySchema = new WeakMap<
  GraphQLSchema,
  readonly MarkedField[]
>();

/**
 * The caller's decision for the audit log as a whole: the lowest decision on
 * any of its marked fields. The log is released whole or not at all, decided
 * before it is read, so a caller who may not see it learns nothing from it,
 * not even how many accesses there were (which a list of nulled entries would
 * show). The start-up check has already proved every field marked.
 */
export function decideLogAccess(
  context: AuditContext,
  schema: GraphQLSchema,
): { marked: MarkedField; decision: Decision } {
  let lowest: { marked: MarkedField; decision: Decision } | undefined;
  for (const marked of findMarkedFields(schema)) {
    const decision = context.enforcement.table.field(marked.index);
    if (
      lowest === undefined ||
      rankDisclosure(decision.level) < rankDisclosure(lowest.decision.level)
    )
      lowest = { marked, decision };
  }
  if (lowest === undefined)
    throw new Error('the audit schema has no marked fields');
  return lowest;
}

function findMarkedFields(schema: GraphQLSchema): readonly MarkedField[] {
  const cached = markedFieldsBySchema.get(schema);
  if (cached !== undefined) return cached;
  const fields = collectMarkedFields(schema, { isKnownCategory: () => true });
  markedFieldsBySchema.set(schema, fields);
  return fields;
}
