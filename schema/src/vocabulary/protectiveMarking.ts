import {
  Classification,
  type ClassificationTier,
  HandlingCaveat,
  rankTier,
  readClassification,
} from './classification';

/**
 * The handling instruction each caveat carries to whoever receives information
 * bearing it: in an answer's `extensions.disclosure`, on a console panel and on
 * a printed or exported document. Written for the reader, in plain words.
 */
export const CAVEAT_HANDLING: Readonly<Record<HandlingCaveat, string>> = {
  SENSITIVE:
    'OFFICIAL-SENSITIVE: need to know only. Share it only with people who need it for the ' +
    'purpose it was released for; do not forward it, copy it into another system or ' +
    'discuss it more widely without the owning agency’s agreement; keep it out of ' +
    'sight of others, on systems and in places fit for OFFICIAL information, and ' +
    'destroy it securely when it is no longer needed.',
};

/** One caveat and the instruction that travels with it. */
export interface CaveatHandling {
  caveat: HandlingCaveat;
  instruction: string;
}

/** How a set of released information is to be marked and handled as a whole. */
export interface MarkingDescription {
  /** The protective marking for a banner: the highest tier, with its caveat, e.g. OFFICIAL-SENSITIVE. */
  banner: string;
  /** The highest written classification among the contents. */
  classification: Classification;
  tier: ClassificationTier;
  /** Every caveat any of the contents carries, even under a higher tier's banner. */
  caveats: HandlingCaveat[];
  /** The instruction for each of `caveats`, in the same order. */
  handling: CaveatHandling[];
}

const BANNER_WORDS: Readonly<Record<ClassificationTier, string>> = {
  OFFICIAL: 'OFFICIAL',
  SECRET: 'SECRET',
  TOP_SECRET: 'TOP SECRET',
};

/**
 * The banner and handling instructions for information carrying these
 * classifications (a document, a console panel, an answer). The banner takes
 * the highest tier; the SENSITIVE caveat is part of it only at OFFICIAL, as
 * GSCP writes it, but its instruction is listed whenever any content carries
 * it, so no caveated item loses its handling text under a higher banner. With
 * nothing to describe, the marking is plain OFFICIAL.
 */
export function describeMarkings(
  classifications: Iterable<Classification>,
): MarkingDescription {
  let tier: ClassificationTier = 'OFFICIAL';
  const carried = new Set<HandlingCaveat>();
  for (const classification of classifications) {
    const marking = readClassification(Classification.parse(classification));
    if (rankTier(marking.tier) > rankTier(tier)) tier = marking.tier;
    for (const caveat of marking.caveats) carried.add(caveat);
  }
  const caveats = HandlingCaveat.values.filter((caveat) => carried.has(caveat));
  const bannerCaveats = tier === 'OFFICIAL' ? caveats : [];
  return {
    banner: [BANNER_WORDS[tier], ...bannerCaveats].join('-'),
    classification: writeClassification(tier, bannerCaveats),
    tier,
    caveats,
    handling: caveats.map((caveat) => ({
      caveat,
      instruction: CAVEAT_HANDLING[caveat],
    })),
  };
}

function writeClassification(
  tier: ClassificationTier,
  caveats: readonly HandlingCaveat[],
): Classification {
  return Classification.parse([tier, ...caveats].join('_'));
}
