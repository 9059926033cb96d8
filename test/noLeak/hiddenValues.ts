import { type CallerView, isHidden } from './callerView';
import { type Truth } from './ownerTruth';
import { namedTypeOf, type SupergraphModel } from './supergraphModel';

/**
 * The values the caller may never be shown, read from the ground truth: every
 * distinctive string (a tax reference, an operation name, a SAR reference)
 * under a field the register hides from the caller, or holds back as only
 * EXISTENCE, that the caller may not also see somewhere else. Dates, enum
 * names, nominal ids and short strings are left out: they recur by chance.
 */
export function findHiddenValues(
  model: SupergraphModel,
  view: CallerView,
  truths: Iterable<Truth>,
  /** True for a nominal the regional condition opens to this caller. */
  isOpened: (truth: Truth) => boolean = () => false,
): string[] {
  let opened = false;
  const hidden = new Set<string>();
  const visible = new Set<string>();
  const walk = (typeName: string, value: unknown, shown: boolean): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const item of value) walk(typeName, item, shown);
      return;
    }
    if (typeof value !== 'object') {
      if (typeof value === 'string') (shown ? visible : hidden).add(value);
      return;
    }
    for (const [name, child] of Object.entries(value as Truth)) {
      const field = model.object(typeName).getFields()[name];
      if (!field) continue;
      const coordinate = `${typeName}.${name}`;
      const level = view.level(coordinate);
      const childShown =
        shown &&
        ((opened && view.opensPerRecord(coordinate)) ||
          (!isHidden(level) && level !== 'EXISTENCE'));
      const childType = namedTypeOf(field).name;
      if (childType === 'Nominal' && typeName !== 'Nominal') {
        // A reference: only its id is held here, and ids are never secret.
        continue;
      }
      if (typeof child === 'object' && child !== null)
        walk(childType, child, childShown);
      else if (typeof child === 'string')
        (childShown ? visible : hidden).add(child);
    }
  };
  for (const truth of truths) {
    opened = isOpened(truth);
    walk('Nominal', truth, true);
  }
  return [...hidden].filter(
    (value) =>
      value.length >= 6 &&
      !visible.has(value) &&
      !model.enumValues.has(value) &&
      // Codes (agencies, regions, reasons) recur in every answer.
      !/^[A-Z][A-Z_]*$/.test(value) &&
      !/^\d{4}-\d{2}/.test(value) &&
      !/^NOM-\d+$/.test(value),
  );
}

/** The hidden values that appear in a serialised answer, as whole values or inside text. */
export function findLeakedValues(
  serialised: string,
  hiddenValues: readonly string[],
): string[] {
  return hiddenValues.filter(
    (value) =>
      serialised.includes(JSON.stringify(value)) ||
      (/\d/.test(value) && value.length >= 8 && serialised.includes(value)),
  );
}
