/** The type `appendSupergraphProbe` adds: not reachable from a root field, so no data. */
export const SUPERGRAPH_PROBE_TYPE = 'ReloadProbe';

/**
 * A supergraph's text with one more type, `ReloadProbe { note }`, served by
 * APMIS and marked with `classification`: a change a reload must bring in
 * (introspection names the type; the console's markings mark `note`), or,
 * with a classification the vocabulary lacks or a `fieldType` nothing
 * defines, one it must refuse.
 */
export function appendSupergraphProbe(
  supergraphSdl: string,
  options: { classification?: string; fieldType?: string } = {},
): string {
  const classification = options.classification ?? 'SECRET';
  return `${supergraphSdl}
"""Added to try a supergraph reload."""
type ${SUPERGRAPH_PROBE_TYPE}
  @join__type(graph: APMIS)
{
  note: ${options.fieldType ?? 'String'} @marking(owner: "MARSOC", category: "IDENTITY", classification: "${classification}")
}
`;
}
