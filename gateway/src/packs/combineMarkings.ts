import { describeMarkings } from '@marsoc/schema';
import { type ProtectiveMarking } from '../profiles/ProfileDocument';

/**
 * One marking for a document made of parts: the banner of the highest part
 * (describeMarkings over every part's classification, so a SECRET part makes
 * the whole pack SECRET) and every caveat and handling instruction any part
 * carries, each once, in the order first met. A pack is marked at its highest
 * level on every page, as any document is.
 */
export function combineMarkings(
  markings: readonly ProtectiveMarking[],
): ProtectiveMarking {
  const described = describeMarkings(
    markings.map((marking) => marking.classification),
  );
  const caveats = new Map<string, string>();
  for (const marking of markings)
    marking.caveats.forEach((caveat, position) => {
      if (!caveats.has(caveat))
        caveats.set(caveat, marking.handling[position] ?? caveat);
    });
  return {
    classification: described.classification,
    banner: described.banner,
    caveats: [...caveats.keys()],
    handling: [...caveats.values()],
  };
}
