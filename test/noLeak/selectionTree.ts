import { type Random } from '@marsoc/platform';
import { isObjectType } from 'graphql';
import {
  isComposite,
  namedTypeOf,
  selectableFields,
  type SupergraphModel,
} from './supergraphModel';

/** One field of a generated selection; aliases and fragments come at printing. */
export interface FieldNode {
  name: string;
  children?: FieldNode[];
}

/** Bounds that keep generated operations inside the gateway's own limits. */
const MAX_DEPTH = 9;
export const MAX_ASSOCIATE_HOPS = 2;

/** Every field of `typeName`, nested in full; a nested Nominal is its id only. */
export function buildFullSelection(
  model: SupergraphModel,
  typeName: string,
  isRoot = true,
): FieldNode[] {
  if (typeName === 'Nominal' && !isRoot) return [{ name: 'id' }];
  return selectableFields(model.object(typeName)).map((field) => {
    const type = namedTypeOf(field);
    if (!isComposite(type)) return { name: field.name };
    return {
      name: field.name,
      children: buildFullSelection(model, type.name, false),
    };
  });
}

/**
 * A random selection over `typeName`: each field with some probability, nested
 * records followed, associates of associates at most, always at least one field.
 */
export function generateSelection(
  model: SupergraphModel,
  random: Random,
  typeName: string,
  depth = 0,
  hops = 0,
): FieldNode[] {
  const fields = selectableFields(model.object(typeName)).filter((field) => {
    const type = namedTypeOf(field);
    if (field.name === 'associates' && hops >= MAX_ASSOCIATE_HOPS) return false;
    return !isComposite(type) || (isObjectType(type) && depth < MAX_DEPTH - 1);
  });
  const density = depth === 0 ? 0.45 : 0.3;
  const chosen = fields.filter(() => random.chance(density));
  if (chosen.length === 0) chosen.push(random.pick(fields));
  return chosen.map((field) => {
    const type = namedTypeOf(field);
    if (!isComposite(type)) return { name: field.name };
    const nextHops = field.name === 'associates' ? hops + 1 : hops;
    return {
      name: field.name,
      children: generateSelection(
        model,
        random,
        type.name,
        depth + 1,
        nextHops,
      ),
    };
  });
}
