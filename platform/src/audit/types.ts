import {
  type Agency,
  type Purpose,
  type ReasonCode,
  type Region,
  type Role,
  type Vetting,
} from '@marsoc/schema';
import { type RefusingLimit } from '@marsoc/schema/wire';

/** The DPA 2018 s.62(1) processing operations this system performs. */
export const PROCESSING_TYPES = [
  'CONSULTATION',
  'DISCLOSURE',
  'COMBINATION',
  'COLLECTION',
  'ALTERATION',
] as const;
export type ProcessingType = (typeof PROCESSING_TYPES)[number];

export const OUTCOMES = ['SUCCESS', 'PARTIAL', 'DENIED', 'ERROR'] as const;
export type AuditOutcome = (typeof OUTCOMES)[number];

/** Who consulted the data (s.62(2)(b)), as the gateway verified them. */
export interface AuditActor {
  sub: string;
  /** Display name from the token, so an auditor can read the table. */
  name?: string;
  agency: Agency;
  unit: string;
  regions?: Region[];
  roles: Role[];
  vetting: Vetting;
}

/** How many field occurrences were released, summarised, held or withheld. */
export interface DisclosureCounts {
  released: number;
  summarised: number;
  held: number;
  withheld: number;
}

/**
 * What one owner's category disclosed to the caller: field NAMES and counts
 * only. A field value never appears in an audit record (ICO; OWASP logging).
 * `held` lists fields disclosed only as "the owner holds this" (EXISTENCE).
 */
export interface AuditDisclosure {
  /** Absent or null for what belongs to no single nominal (e.g. a cohort count). */
  nominalId?: string | null;
  /**
   * Instead of `nominalId`: the nominals (two or more) to whom this owner's
   * category was disclosed exactly alike in one operation, as a cohort's
   * members mostly are. One entry per distinct disclosure rather than per
   * nominal keeps a 100-nominal record a few kilobytes, not hundreds (issue
   * 14); readers narrow it to one nominal (`disclosureAbout`).
   */
  nominalIds?: string[];
  owner: Agency;
  category: string;
  released: string[];
  summarised: string[];
  held: string[];
  withheld: string[];
  counts: DisclosureCounts;
  /** Ids of the register rules that decided these levels. */
  rules: string[];
  /** Why anything was not released in full (closed vocabulary). */
  reasons?: ReasonCode[];
}

/** What a service hands to `AuditSink.append` for one operation. */
export interface AuditRecordInput {
  /** UTC ISO-8601 instant, e.g. 2026-03-01T09:30:00.000Z. */
  time: string;
  requestId: string;
  /** Who wrote the record: 'gateway', 'police', 'hmpps', ... */
  service: string;
  actor: AuditActor;
  /** Null only when the request was refused for lacking one. */
  purpose: Purpose | null;
  justification: string | null;
  operationName: string | null;
  /** SHA-256 hex of the query text: identifies the operation without storing it. */
  operationHash: string;
  processing: ProcessingType;
  nominalIds: string[];
  disclosures: AuditDisclosure[];
  registerVersion: string;
  supergraphVersion: string;
  outcome: AuditOutcome;
  /**
   * Which per-caller limit refused the request (outcome DENIED), when one did:
   * a search rate or the anti-fishing breadth limit. Absent otherwise.
   */
  limit?: RefusingLimit;
}

/** The link fields that make a record part of a hash chain. */
export interface ChainLink {
  chainId: string;
  /** 1 for the first record of a chain, then +1 per record. */
  sequence: number;
  previousHash: string;
}

/** A record before its hash is computed. */
export type UnsealedAuditRecord = AuditRecordInput & ChainLink;

/** A record as stored: its hash covers every other property. */
export interface AuditRecord extends UnsealedAuditRecord {
  hash: string;
}

/** Where a chain ends: what the next record links to. */
export interface ChainHead {
  sequence: number;
  hash: string;
}

/** Where every service's audit records go. */
export interface AuditSink {
  /**
   * Resolves once the record is durable (written and fsynced, or acknowledged
   * by Redis); rejects on any failure, so the caller returns no data.
   */
  append(input: AuditRecordInput): Promise<AuditRecord>;
  close(): Promise<void>;
}
