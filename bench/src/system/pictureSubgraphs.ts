import { SUBGRAPHS } from '@marsoc/schema';

/** The agency subgraphs the subject-profile picture is built from (the audit subgraph is not asked). */
export type PictureSubgraph = 'police' | 'hmpps' | 'ncahmrc' | 'apmis';

const NAMES: readonly string[] = [
  'police',
  'hmpps',
  'ncahmrc',
  'apmis',
] satisfies PictureSubgraph[];

/** Their names and port variables, as the service entries read them. */
export const PICTURE_SUBGRAPHS = SUBGRAPHS.filter(
  (
    entry,
  ): entry is Extract<(typeof SUBGRAPHS)[number], { name: PictureSubgraph }> =>
    NAMES.includes(entry.name),
);
