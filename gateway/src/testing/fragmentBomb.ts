/**
 * A document of `levels` fragments, each spreading the next twice (under two
 * aliases when `aliased`): about 50 bytes a level, 2^levels leaf fields once
 * expanded. The last fragment selects `leaf`.
 */
export function createFragmentBomb(options: {
  levels: number;
  typeName: string;
  leaf: string;
  operation: string;
  aliased?: boolean;
}): string {
  const { levels, typeName, leaf } = options;
  const lines = [options.operation.replace('...', '...F0')];
  for (let level = 0; level < levels; level += 1) {
    const next = `F${level + 1}`;
    lines.push(
      options.aliased
        ? `fragment F${level} on ${typeName} { a: ${leaf} ...${next} b: ${leaf} ...${next} }`
        : `fragment F${level} on ${typeName} { ...${next} ...${next} }`,
    );
  }
  lines.push(`fragment F${levels} on ${typeName} { ${leaf} }`);
  return lines.join('\n');
}
