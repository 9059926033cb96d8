import {
  type Agency,
  type DisclosureUrgency,
  type Purpose,
} from '../vocabulary';

/** How long an owner has to decide a request of one urgency before it expires. */
export interface RequestDeadline {
  urgency: DisclosureUrgency;
  days: number;
  source: string;
}

/**
 * One gateway a disclosure officer may approve a request under: an entry of
 * its owner's closed list (disclosureRequests.yaml), chosen by id.
 */
export interface LegalBasis {
  id: string;
  owner: Agency;
  /** The Act as cited, e.g. "CRCA 2005", or "Common law". */
  statute: string;
  /** The section, subsection or paragraph, e.g. "s.18(2)(d)". */
  provision: string;
  description: string;
  /** The purposes the gateway can serve; never one that sees no record. */
  purposes: readonly Purpose[];
  /** When set, the only requesting agencies it serves (s.7(1): the NCA). */
  recipients?: readonly Agency[];
  source: string;
  line: number;
}

/** The register's data for disclosure requests: deadlines by urgency, legal bases by id. */
export interface DisclosureRequestRules {
  deadlines: ReadonlyMap<DisclosureUrgency, RequestDeadline>;
  /** In file order, so each owner's list reads as the register writes it. */
  legalBases: ReadonlyMap<string, LegalBasis>;
}

/** The rules of a register that has no disclosureRequests.yaml: nothing can be asked for. */
export const NO_DISCLOSURE_REQUEST_RULES: DisclosureRequestRules = {
  deadlines: new Map(),
  legalBases: new Map(),
};

/** An owner's closed list of legal bases, in register order. */
export function listLegalBases(
  rules: DisclosureRequestRules,
  owner: Agency,
): LegalBasis[] {
  return [...rules.legalBases.values()].filter(
    (basis) => basis.owner === owner,
  );
}
