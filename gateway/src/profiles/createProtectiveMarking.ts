import {
  type Classification,
  describeMarkings,
  rankClassification,
} from '@marsoc/schema';
import { type ProtectiveMarking } from './ProfileDocument';

/** What was released into the document, as far as its marking depends on it. */
export interface MarkedContent {
  /** The classification of every released value. */
  classifications: readonly Classification[];
  /** Owners any released value came from. */
  owners: ReadonlySet<string>;
  /** True when police intelligence reports were released. */
  hasIntelligence: boolean;
  purpose: string;
}

interface Caveat {
  short: string;
  explained: string;
}

/**
 * The document's marking: the banner @marsoc/schema's describeMarkings gives
 * for everything released into it (plain OFFICIAL when nothing was, which is
 * what even an empty profile's cover is), its caveats' handling instructions,
 * and the handling the content's owners and kinds carry. Aggregation alone
 * does not raise it (GSCP); the owners' own markings do.
 */
export function createProtectiveMarking(
  content: MarkedContent,
): ProtectiveMarking {
  const described = describeMarkings(content.classifications);
  const caveats = [
    ...described.handling.map((handling) => ({
      short: `${handling.caveat}: NEED TO KNOW ONLY`,
      explained: handling.instruction,
    })),
    ...listCaveats(content),
  ];
  return {
    classification: described.classification,
    banner: described.banner,
    caveats: caveats.map((caveat) => caveat.short),
    handling: caveats.map((caveat) => caveat.explained),
  };
}

/** The highest of some classifications, or undefined when there are none. */
export function highestClassification(
  classifications: readonly Classification[],
): Classification | undefined {
  return classifications.reduce<Classification | undefined>(
    (top, next) =>
      top === undefined || rankClassification(next) > rankClassification(top)
        ? next
        : top,
    undefined,
  );
}

/** One classification as printed on a page: OFFICIAL-SENSITIVE, TOP SECRET. */
export function describeClassification(classification: Classification): string {
  return describeMarkings([classification]).banner;
}

function listCaveats(content: MarkedContent): Caveat[] {
  const caveats: Caveat[] = [
    {
      short: 'MARSOC PARTNERS ONLY',
      explained:
        'For MARSOC partner agencies only. Do not pass on without the consent of the agency that owns each section.',
    },
    {
      short: `PERSONAL DATA: ${content.purpose.replace(/_/g, ' ')} ONLY`,
      explained: `Personal data processed for law enforcement (DPA 2018 Part 3), released for ${content.purpose} only; any other use needs its own lawful basis.`,
    },
  ];
  if (content.owners.has('HMRC')) {
    caveats.push({
      short: 'HMRC: CRCA 2005 s.19',
      explained:
        'Contains HMRC information: disclosing it further without HMRC consent is an offence (Commissioners for Revenue and Customs Act 2005 s.19).',
    });
  }
  if (content.owners.has('NCA')) {
    caveats.push({
      short: 'NCA: CCA 2013 s.7',
      explained:
        'Contains NCA information: further disclosure only as the NCA permits (Crime and Courts Act 2013 s.7).',
    });
  }
  if (content.hasIntelligence) {
    caveats.push({
      short: 'INTELLIGENCE: HANDLING CODES APPLY',
      explained:
        "Contains police intelligence: each report's handling code and conditions (3x5x2) bind every reader.",
    });
  }
  return caveats;
}
