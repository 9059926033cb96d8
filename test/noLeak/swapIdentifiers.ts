/** A pair of identifiers that name the two sides of a case (ids, PNC IDs, ...). */
export type Swap = readonly [string, string];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Replaces, in one pass, each pair's first identifier with a placeholder for
 * side one and its second with one for side two, so that two answers about
 * swapped nominals can be compared byte for byte. Called with the pairs
 * reversed for the other answer.
 */
export function swapIdentifiers(text: string, swaps: readonly Swap[]): string {
  // An empty identifier would match between every two characters.
  if (swaps.some(([first, second]) => first === '' || second === ''))
    throw new Error('a swap of an empty identifier');
  if (swaps.length === 0) return text;
  const placeholders = new Map<string, string>();
  swaps.forEach(([first, second], index) => {
    placeholders.set(first, `<side-one-${index}>`);
    if (!placeholders.has(second))
      placeholders.set(second, `<side-two-${index}>`);
  });
  const pattern = new RegExp(
    [...placeholders.keys()]
      .sort((x, y) => y.length - x.length)
      .map(escape)
      .join('|'),
    'g',
  );
  return text.replace(pattern, (found) => placeholders.get(found) ?? found);
}
