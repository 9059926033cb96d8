import type DataLoader from 'dataloader';
import { type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import {
  collectMarkedFields,
  createWithheldError,
  type MarkedField,
} from '@marsoc/platform';
import { type Decision } from '@marsoc/schema';
import { type HmppsContext } from '../context';
import { type NominalReferenceRow } from '../repository/HmppsRepository';

export interface NominalLookup {
  /** The root field asked, e.g. `Query.nominalByPrisonNumber` (recorded, never its argument). */
  coordinate: string;
  /** The Nominal field whose decision governs the lookup, e.g. `Nominal.custody`. */
  governedBy: string;
  reference: string;
  holders: DataLoader<string, NominalReferenceRow[]>;
}

const markedFieldsBySchema = new WeakMap<
  GraphQLSchema,
  ReadonlyMap<string, MarkedField>
>();

/**
 * The governing field's marking and its index in the request's decision table.
 * collectMarkedFields numbers fields deterministically for a schema, so this is
 * the same index createSubgraphServer precomputed the table with.
 */
function findMarkedField(
  schema: GraphQLSchema,
  coordinate: string,
): MarkedField {
  let fields = markedFieldsBySchema.get(schema);
  if (!fields) {
    const collected = collectMarkedFields(schema, {
      isKnownCategory: () => true,
    });
    fields = new Map(collected.map((field) => [field.coordinate, field]));
    markedFieldsBySchema.set(schema, fields);
  }
  const marked = fields.get(coordinate);
  if (!marked)
    throw new Error(
      `${coordinate} carries no @marking; the lookup cannot be judged`,
    );
  return marked;
}

function mayLearnHolder(decision: Decision): boolean {
  return (
    decision.level === 'FULL' ||
    decision.level === 'SUMMARY' ||
    decision.level === 'EXISTENCE'
  );
}

/**
 * Resolves an HMPPS reference (prison number, CRN) to its nominal. Answering
 * says that HMPPS holds a prison or probation record on someone, so the lookup
 * is released exactly as the governing category is: a caller who may at least
 * know such a record exists gets the nominal; WITHHELD gets the WITHHELD error
 * whether or not the reference is held; NCND gets what an unknown reference
 * gets. A reference two nominals share is ambiguous and resolves to no one.
 */
export async function resolveNominalLookup(
  context: HmppsContext,
  info: GraphQLResolveInfo,
  lookup: NominalLookup,
): Promise<{ id: string } | null> {
  const { enforcement } = context;
  const marked = findMarkedField(info.schema, lookup.governedBy);
  const fieldDecision = enforcement.table.field(marked.index);
  let nominalId: string | null = null;
  let decision = fieldDecision;
  if (mayLearnHolder(fieldDecision) || fieldDecision.grantable) {
    const holders = await lookup.holders.load(lookup.reference);
    nominalId = holders.length === 1 ? (holders[0]?.nominalId ?? null) : null;
    if (nominalId !== null && fieldDecision.grantable) {
      const grants = await enforcement.grantsFor(nominalId);
      decision = enforcement.table.record({
        field: fieldDecision,
        marking: marked.marking,
        grants,
        now: enforcement.now,
      });
    }
  }
  const released = mayLearnHolder(decision) ? nominalId : null;
  const { owner, category } = marked.marking;
  enforcement.recorder.record(
    released,
    owner,
    category,
    lookup.coordinate,
    decision,
  );
  if (decision.level === 'WITHHELD')
    throw createWithheldError(marked.marking, decision);
  return released === null ? null : { id: released };
}
