import { type GatewayResult } from '../helpers/inProcessSupergraph';
import { squeeze } from './extractText';

/** Every string in an answer's data, however deep. */
export function collectStrings(
  value: unknown,
  into = new Set<string>(),
): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value))
    value.forEach((item) => collectStrings(item, into));
  else if (typeof value === 'object' && value !== null)
    Object.values(value).forEach((item) => collectStrings(item, into));
  return into;
}

/**
 * Values other callers were given for the nominal that this caller's own
 * answer does not hold: what its document must not hold either. Only values
 * distinctive enough that finding one in the document means it leaked (a
 * reference, a name, a sentence; not a bare code or date), and none that the
 * caller's own answer or own cover text contains anyway.
 */
export function findHiddenValues(
  truths: readonly GatewayResult[],
  own: GatewayResult,
  coverText: readonly string[],
): string[] {
  const allowed = [...collectStrings(own.data), ...coverText].map(squeeze);
  const hidden = new Set<string>();
  for (const truth of truths) {
    for (const value of collectStrings(truth.data)) {
      const squeezed = squeeze(value);
      if (squeezed.length < 6 || !/[\s/\d]/.test(value)) continue;
      if (/^\d{4}-\d{2}-\d{2}$/.test(value) || /^[\d.]+$/.test(value)) continue;
      if (allowed.some((text) => text.includes(squeezed))) continue;
      hidden.add(value);
    }
  }
  return [...hidden];
}
