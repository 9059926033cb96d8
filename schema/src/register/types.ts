import {
  type Agency,
  type AgreementStatus,
  type DataCategory,
  type DisclosureLevel,
  type Purpose,
  type ReasonCode,
  type Region,
  type Role,
  type Vetting,
} from '../vocabulary';
import { type DisclosureRequestRules } from './DisclosureRequestRules';
import { type ObligationKind } from './ObligationKind';
import { type RecordCondition } from './RecordCondition';

/** One register file as read from disk (or written by a test). */
export interface RegisterFile {
  /** The file's name relative to the register directory, e.g. `police.yaml`. */
  path: string;
  text: string;
}

/** An instrument that sharing rests on (agreements.yaml). */
export interface Agreement {
  id: string;
  title: string;
  parties: readonly Agency[];
  status: AgreementStatus;
  citation: string;
}

/** A data category and the agencies that may own fields of it (categories.yaml). */
export interface CategoryDefinition {
  id: DataCategory;
  owners: readonly Agency[];
  meaning: string;
}

/** An owner agency's file header: how to ask it for more, and its hard limits. */
export interface OwnerDefinition {
  agency: Agency;
  /** How a caller asks this owner for more (shown on EXISTENCE and WITHHELD). */
  route: string;
  /** Levels this owner never releases at (HMRC: SUMMARY, CRCA 2005 s.19). */
  forbiddenLevels: readonly DisclosureLevel[];
  /**
   * Originating agencies whose information this owner passes on only with their
   * recorded consent, whatever the record's handling code (the NCA and HMRC:
   * Crime and Courts Act 2013 Sch 7 para 2). Judged per record by its
   * `originator` and `consentedAgencies`.
   */
  onwardConsentOf: readonly Agency[];
  /**
   * The agencies a forum decision on this owner's records needs present
   * besides the chair (MARSOC's PSFs: docs/marsoc-cycle.md). Absent for an
   * owner that holds no forums.
   */
  forumQuorum?: readonly Agency[];
  file: string;
}

/** Who a rule applies to. Absent lists impose nothing. */
export interface Recipient {
  agency: Agency | '*';
  /** The caller must hold at least one of these roles. */
  roles?: readonly Role[];
  /** The caller must belong to at least one of these regions. */
  regions?: readonly Region[];
  /** With agency '*': every agency but these. */
  exceptAgencies?: readonly Agency[];
}

export type RuleEffect = 'permit' | 'forbid';

/**
 * One rule of the register, with `'*'` already expanded: `categories` lists every
 * category it covers and `purposes` every purpose.
 */
export interface Rule {
  id: string;
  owner: Agency;
  effect: RuleEffect;
  categories: readonly DataCategory[];
  recipients: readonly Recipient[];
  purposes: readonly Purpose[];
  /** Permits only: the least vetting a caller needs. */
  minVetting?: Vetting;
  /** Permits only: the agreement the permit rests on; it applies only while in force. */
  agreement?: string;
  /**
   * The one statutory gateway for every category the rule covers (permits), or
   * why the law forbids (forbids). Absent only when `gateways` names one per category.
   */
  legalBasis?: string;
  /**
   * Permits only: the statutory gateway for each category, where they differ
   * (CRCA 2005 s.18(2)(d) for one, ATCSA 2001 s.19 for another). The keys are
   * exactly `categories`. A rule resting on an agreement names a gateway either
   * here or in `legalBasis`: an agreement is not itself a legal basis.
   */
  gateways?: ReadonlyMap<DataCategory, string>;
  /** Permit: the level granted. Forbid: the cap it imposes. */
  level: DisclosureLevel;
  /** Forbids: the reason reported when the forbid caps a decision. */
  reason?: ReasonCode;
  obligations: readonly ObligationKind[];
  /**
   * Permits only: a condition each record must meet (its own marking says so)
   * before this permit opens it; without one the permit applies to the field.
   */
  recordCondition?: RecordCondition;
  source: string;
  file: string;
  line: number;
}

/** The whole validated register. */
export interface Register {
  /** SHA-256 (hex) of the canonical encoding of every file; in every decision and audit record. */
  version: string;
  agreements: ReadonlyMap<string, Agreement>;
  categories: ReadonlyMap<DataCategory, CategoryDefinition>;
  owners: ReadonlyMap<Agency, OwnerDefinition>;
  rules: readonly Rule[];
  /** Deadlines and each owner's closed list of legal bases for disclosure requests. */
  disclosureRequests: DisclosureRequestRules;
}

/** The statutory gateway a permit opens a category under (its own, or its single legalBasis). */
export function gatewayOf(
  rule: Rule,
  category: DataCategory,
): string | undefined {
  return rule.gateways?.get(category) ?? rule.legalBasis;
}
