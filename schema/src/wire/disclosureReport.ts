import { type Agency } from '../vocabulary/agency';
import { type DataCategory } from '../vocabulary/category';
import { type Classification } from '../vocabulary/classification';
import { type ReasonCode } from '../vocabulary/disclosure';
import { type MarkingDescription } from '../vocabulary/protectiveMarking';

/**
 * What one request was shown of one (nominal, owner, category), by field
 * coordinate (`Type.field`) and never by value: one entry of a subgraph's
 * `extensions.disclosure`, and what the owner's audit record is built from.
 */
export interface DisclosureEntry {
  /** Null for what belongs to no single nominal (e.g. a cohort count). */
  nominalId: string | null;
  owner: Agency;
  category: DataCategory;
  released: string[];
  summarised: string[];
  /** Disclosed only as "the owner holds this" (EXISTENCE). */
  held: string[];
  withheld: string[];
  /** Reason codes behind anything not released in full. */
  reasons: ReasonCode[];
  /** Register rules that decided this entry. */
  rules: string[];
  /** How to ask the owner for more, where anything was held back. */
  route?: string;
  /**
   * The classifications carried by what was released or summarised (field
   * markings and each released record's own), so the caveats' handling
   * instructions reach the caller.
   */
  markings: Classification[];
}

/** A subgraph's `extensions.disclosure`: its entries for one fetch. NCND never appears. */
export interface SubgraphDisclosureReport {
  registerVersion: string;
  entries: DisclosureEntry[];
}

/**
 * One owner's part of the gateway's `extensions.disclosure` for one nominal:
 * categories, not field names, so the caller learns what kind of data was
 * held back, not the schema path.
 */
export interface AgencyDisclosure {
  owner: Agency;
  released: DataCategory[];
  summarised: DataCategory[];
  held: DataCategory[];
  withheld: DataCategory[];
  reasons: ReasonCode[];
  routes: string[];
  /** Classifications carried by what was released or summarised, lowest first. */
  markings: Classification[];
}

export interface NominalDisclosure {
  nominalId: string | null;
  agencies: AgencyDisclosure[];
}

/** The gateway's `extensions.disclosure`, combined from the subgraphs' reports. */
export interface DisclosureReport {
  registerVersion: string;
  /** The protective marking of everything released, for the caller's banner. */
  marking: MarkingDescription;
  nominals: NominalDisclosure[];
}
