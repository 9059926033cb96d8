import { type Random } from '@marsoc/platform';
import { type FieldNode } from './selectionTree';
import { namedTypeOf, type SupergraphModel } from './supergraphModel';

/** The root of a generated operation: one Query field with its arguments. */
export interface RootCall {
  field: string;
  /** The root field's return type, named (e.g. Nominal, NominalSearch). */
  typeName: string;
  /** Argument text as written, e.g. `id: $id`; empty for none. */
  args: string;
  /** Variable definitions, e.g. `$id: ID!`; empty for none. */
  variables: string;
}

/**
 * Prints a selection as an operation, with random aliases, named fragments
 * and inline fragments, so that the gateway's planning of each is exercised.
 * The same random draws make the same text.
 */
export function printOperation(
  model: SupergraphModel,
  random: Random,
  root: RootCall,
  selection: readonly FieldNode[],
): string {
  const fragments: string[] = [];
  let aliasCount = 0;
  const printSet = (typeName: string, nodes: readonly FieldNode[]): string => {
    const type = model.object(typeName);
    const fields = nodes.map((node) => {
      const alias = random.chance(0.15) ? `a${(aliasCount += 1)}: ` : '';
      if (!node.children) return `${alias}${node.name}`;
      const field = type.getFields()[node.name];
      if (!field) throw new Error(`no field ${typeName}.${node.name}`);
      const childType = namedTypeOf(field).name;
      return `${alias}${node.name} ${wrap(childType, node.children)}`;
    });
    return fields.join(' ');
  };
  const wrap = (typeName: string, nodes: readonly FieldNode[]): string => {
    const body = printSet(typeName, nodes);
    const form = random.next();
    if (form < 0.12) {
      const name = `F${fragments.length + 1}`;
      fragments.push(`fragment ${name} on ${typeName} { ${body} }`);
      return `{ ...${name} }`;
    }
    if (form < 0.22) return `{ ... on ${typeName} { ${body} } }`;
    return `{ ${body} }`;
  };
  const variables = root.variables ? `(${root.variables})` : '';
  const args = root.args ? `(${root.args})` : '';
  const operation = `query Generated${variables} { ${root.field}${args} ${wrap(root.typeName, selection)} }`;
  return [operation, ...fragments].join('\n');
}
