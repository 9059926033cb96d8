import { type Classification } from '@marsoc/schema';

/**
 * The Subject Profile as a neutral document: what both renderers (PDF, Word)
 * print, built only from the enforced answer the caller received. Nothing here
 * is a value the caller could not read in that answer.
 */
export type ProfileFormat = 'pdf' | 'docx';

/** The protective marking every page carries at top and bottom. */
export interface ProtectiveMarking {
  /** The highest classification of anything released into the document. */
  classification: Classification;
  /** The banner as printed, e.g. "OFFICIAL-SENSITIVE". */
  banner: string;
  /** Short handling caveats printed under the banner on every page. */
  caveats: string[];
  /** The same caveats explained, for the cover. */
  handling: string[];
}

export interface ProfileCover {
  nominalId: string;
  /** The name the subject goes by in the released record, when one was released. */
  subjectName?: string;
  producedBy: { name: string; agency: string; unit: string };
  purpose: string;
  justification: string;
  /** UTC ISO-8601 instant. */
  producedAt: string;
  registerVersion: string;
  requestId: string;
  format: ProfileFormat;
}

export interface ProfileField {
  label: string;
  value: string;
}

/** One group of label-value lines: a record, or one item of a list. */
export interface FieldGroup {
  kind: 'fields';
  heading?: string;
  fields: ProfileField[];
}

/** Something the reader must know about a section or a part of it. */
export interface ProfileNotice {
  kind: 'notice';
  tone: 'held' | 'withheld' | 'summary' | 'unavailable' | 'empty';
  text: string;
}

export type ProfileBlock = FieldGroup | ProfileNotice;

export interface ProfileSection {
  title: string;
  owner: string;
  category: string;
  /** The highest classification printed in the section, or its field's own marking. */
  classification: Classification;
  blocks: ProfileBlock[];
}

/** What one owner held back, for the disclosure annex. */
export interface AnnexEntry {
  owner: string;
  category: string;
  /** 'held' (EXISTENCE), 'withheld' (WITHHELD) or 'summarised' (SUMMARY). */
  level: 'held' | 'withheld' | 'summarised';
  classification?: Classification;
  reasons: string[];
  route?: string;
}

export interface ProfileDocument {
  title: string;
  cover: ProfileCover;
  marking: ProtectiveMarking;
  /** Document-wide notices, e.g. the whole record withheld or a service down. */
  notices: ProfileNotice[];
  sections: ProfileSection[];
  annex: AnnexEntry[];
}
