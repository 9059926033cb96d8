import { isWithinClassification, type Classification } from '@marsoc/schema';
import { type CallerView, isHidden } from './callerView';
import { type Truth } from './ownerTruth';
import { type FieldNode } from './selectionTree';
import { namedTypeOf, type SupergraphModel } from './supergraphModel';
import { swapIdentifiers, type Swap } from './swapIdentifiers';

/**
 * Cuts a selection down to what makes a pair valid for one caller: every field
 * the caller may see (EXISTENCE or more) and whose ground truth differs between
 * the two nominals, after swapping their identifiers, is removed; fields the
 * caller may not see stay, since they are the point of the test. Unknown truth
 * counts as different. Pruning only removes, so the result is valid for every
 * record of a list once applied to each in turn.
 */
export interface PairTruth {
  /** Ground truth by nominal id, to follow a nested Nominal reference. */
  truthOf(id: string): Truth | undefined;
  swaps: readonly Swap[];
  /** Counts fields the caller may not see whose truth differs (the point of a pair). */
  hiddenDifferences: number;
}

type Value = unknown;

const TYPENAME: FieldNode = { name: '__typename' };

function isAbsent(value: Value): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

function read(record: Value, name: string): Value {
  if (record === null) return null;
  if (record === undefined || typeof record !== 'object') return undefined;
  return name in record ? (record as Truth)[name] : undefined;
}

function sameAfterSwap(a: Value, b: Value, swaps: readonly Swap[]): boolean {
  return (
    swapIdentifiers(JSON.stringify(a), swaps) ===
    swapIdentifiers(
      JSON.stringify(b),
      swaps.map(([x, y]) => [y, x]),
    )
  );
}

/**
 * List items that carry a record marking of their own, which their owner
 * judges per item (classification, handling conditions, originator consent,
 * agency restrictions). The suite knows such a marking in full only for an
 * intelligence report graded P without conditions: its classification alone.
 */
const RECORD_MARKED_TYPES = new Set([
  'PoliceIntelligenceReport',
  'PoliceAssociateLink',
  'PrisonSeizure',
  'NcaSuspiciousActivityReport',
]);

function isPlainReport(item: Value): boolean {
  const conditions = read(item, 'handlingConditions');
  return (
    read(item, 'handlingCode') === 'P' &&
    Array.isArray(conditions) &&
    conditions.length === 0 &&
    typeof read(item, 'classification') === 'string'
  );
}

/**
 * The items the caller is shown, or undefined when the suite cannot tell:
 * then only lists that are the same item for item make a valid pair.
 */
function visibleItems(
  typeName: string,
  items: Value[],
  ceiling: Classification,
): Value[] | undefined {
  if (!RECORD_MARKED_TYPES.has(typeName)) return items;
  if (typeName !== 'PoliceIntelligenceReport' || !items.every(isPlainReport))
    return undefined;
  return items.filter((item) =>
    isWithinClassification(
      read(item, 'classification') as Classification,
      ceiling,
    ),
  );
}

/**
 * True when two nested nominals (an associate, say) are not the same nominal
 * after swapping: every owner names the nominals it answers about in
 * `extensions.disclosure`, so their ids show even when the selection does not
 * ask for them, and two different associates are a visible difference.
 */
function namesOtherNominals(
  typeName: string,
  a: Value,
  b: Value,
  swaps: readonly Swap[],
): boolean {
  return (
    typeName === 'Nominal' &&
    !sameAfterSwap(read(a, 'id'), read(b, 'id'), swaps)
  );
}

export function prunePair(
  model: SupergraphModel,
  view: CallerView,
  pair: PairTruth,
  typeName: string,
  nodes: readonly FieldNode[],
  a: Value,
  b: Value,
): FieldNode[] {
  if (typeName === 'Nominal') {
    const idA = read(a, 'id');
    const idB = read(b, 'id');
    if (typeof idA === 'string') a = pair.truthOf(idA) ?? a;
    if (typeof idB === 'string') b = pair.truthOf(idB) ?? b;
  }
  const kept: FieldNode[] = [];
  for (const node of nodes) {
    const next = pruneField(model, view, pair, typeName, node, a, b);
    if (next) kept.push(next);
  }
  return kept.length > 0 ? kept : [TYPENAME];
}

function pruneField(
  model: SupergraphModel,
  view: CallerView,
  pair: PairTruth,
  typeName: string,
  node: FieldNode,
  a: Value,
  b: Value,
): FieldNode | undefined {
  if (node.name === '__typename') return node;
  const level = view.level(`${typeName}.${node.name}`);
  const valueA = read(a, node.name);
  const valueB = read(b, node.name);
  if (isHidden(level)) {
    if (!sameAfterSwap(valueA, valueB, pair.swaps)) pair.hiddenDifferences += 1;
    return node;
  }
  if (valueA === undefined || valueB === undefined) return undefined;
  if (level === 'EXISTENCE') {
    if (isAbsent(valueA) !== isAbsent(valueB)) return undefined;
    if (!sameAfterSwap(valueA, valueB, pair.swaps)) pair.hiddenDifferences += 1;
    return node;
  }
  if (!node.children)
    return sameAfterSwap(valueA, valueB, pair.swaps) ? node : undefined;
  if (valueA === null || valueB === null)
    return valueA === valueB ? node : undefined;
  const field = model.object(typeName).getFields()[node.name];
  if (!field) return undefined;
  const childType = namedTypeOf(field).name;
  if (!Array.isArray(valueA) || !Array.isArray(valueB)) {
    if (Array.isArray(valueA) || Array.isArray(valueB)) return undefined;
    if (namesOtherNominals(childType, valueA, valueB, pair.swaps))
      return undefined;
    const children = prunePair(
      model,
      view,
      pair,
      childType,
      node.children,
      valueA,
      valueB,
    );
    return { name: node.name, children };
  }
  const uncertain =
    visibleItems(childType, valueA, view.ceiling) === undefined ||
    visibleItems(childType, valueB, view.ceiling) === undefined;
  if (uncertain && !sameAfterSwap(valueA, valueB, pair.swaps)) return undefined;
  const itemsA = visibleItems(childType, valueA, view.ceiling) ?? valueA;
  const itemsB = visibleItems(childType, valueB, view.ceiling) ?? valueB;
  if (itemsA.length !== itemsB.length) return undefined;
  // A released record's own classification reaches the answer's markings
  // (extensions.disclosure) whatever the selection asks of it.
  if (
    RECORD_MARKED_TYPES.has(childType) &&
    !sameAfterSwap(
      itemsA.map((item) => read(item, 'classification')).sort(),
      itemsB.map((item) => read(item, 'classification')).sort(),
      pair.swaps,
    )
  )
    return undefined;
  if (
    itemsA.some((item, index) =>
      namesOtherNominals(childType, item, itemsB[index], pair.swaps),
    )
  )
    return undefined;
  let children = node.children;
  itemsA.forEach((item, index) => {
    children = prunePair(
      model,
      view,
      pair,
      childType,
      children,
      item,
      itemsB[index],
    );
  });
  return { name: node.name, children };
}

/**
 * True when the caller may see nothing at all of this nominal, so that it must
 * be indistinguishable from one that exists nowhere.
 */
export function seesNothingOf(
  model: SupergraphModel,
  view: CallerView,
  typeName: string,
  truth: Value,
): boolean {
  if (truth === null || truth === undefined || typeof truth !== 'object')
    return true;
  const items = Array.isArray(truth) ? truth : [truth];
  for (const item of items) {
    if (item === null || typeof item !== 'object') continue;
    for (const [name, value] of Object.entries(item as Truth)) {
      const coordinate = `${typeName}.${name}`;
      if (!model.markings.has(coordinate)) continue;
      const level = view.level(coordinate);
      if (isHidden(level) || isAbsent(value)) continue;
      if (level === 'EXISTENCE') return false;
      const field = model.object(typeName).getFields()[name];
      if (!field) return false;
      const childType = namedTypeOf(field);
      if (value === null || typeof value !== 'object') return false;
      if (childType.name === 'Nominal') continue;
      if (!seesNothingOf(model, view, childType.name, value)) return false;
    }
  }
  return true;
}
