import { type FieldMarking } from '@marsoc/schema';
import { readSupergraphMarkings } from '@marsoc/schema/supergraph-markings';

/**
 * Every `Type.field` the supergraph marks, by coordinate. The console uses
 * these to name each section's owner and classification and to put the
 * highest classification on the page's banners; they describe the schema
 * every caller may already read, never any data.
 */
export function readFieldMarkings(
  supergraphSdl: string,
): Record<string, FieldMarking> {
  return Object.fromEntries(
    readSupergraphMarkings(supergraphSdl).map(({ coordinate, marking }) => [
      coordinate,
      marking,
    ]),
  );
}
