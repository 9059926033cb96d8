import { describeClassification } from './createProtectiveMarking';
import { describeOwner } from './describeInWords';
import {
  type AnnexEntry,
  type ProfileDocument,
  type ProfileField,
} from './ProfileDocument';

/** The cover's facts as label-value lines, the same in every format. */
export function describeCover(document: ProfileDocument): ProfileField[] {
  const { cover } = document;
  return [
    { label: 'Nominal', value: cover.nominalId },
    ...(cover.subjectName
      ? [{ label: 'Subject', value: cover.subjectName }]
      : []),
    { label: 'Produced by', value: cover.producedBy.name },
    { label: 'Agency', value: cover.producedBy.agency },
    { label: 'Unit', value: cover.producedBy.unit },
    { label: 'Purpose', value: cover.purpose },
    { label: 'Justification', value: cover.justification },
    { label: 'Produced at', value: cover.producedAt },
    { label: 'Register version', value: cover.registerVersion },
    { label: 'Audit request id', value: cover.requestId },
    { label: 'Format', value: cover.format.toUpperCase() },
    { label: 'Classification', value: document.marking.banner },
  ];
}

export const SECTIONS_LEFT_OUT =
  'Sections with nothing recorded for the subject are left out.';

export const ANNEX_INTRODUCTION =
  'What each owner held back from this profile, at what level and why, and whom to ask for more. Data an owner neither confirms nor denies is not listed anywhere in this document.';

export const ANNEX_EMPTY = 'No owner held anything back from this profile.';

/** "Owner: Police · Category: IDENTITY · OFFICIAL-SENSITIVE" under a section's title. */
export function describeSectionMarking(section: {
  owner: string;
  category: string;
  classification: Parameters<typeof describeClassification>[0];
}): string {
  return `Owner: ${describeOwner(section.owner)} · Category: ${section.category} · ${describeClassification(section.classification)}`;
}

const LEVEL_WORDS: Record<AnnexEntry['level'], string> = {
  held: 'held, not released (existence only)',
  withheld: 'withheld',
  summarised: 'released only as a summary',
};

/** One annex entry as label-value lines. */
export function describeAnnexEntry(entry: AnnexEntry): ProfileField[] {
  return [
    { label: 'Owner', value: describeOwner(entry.owner) },
    { label: 'Category', value: entry.category },
    { label: 'Level', value: LEVEL_WORDS[entry.level] },
    ...(entry.classification
      ? [
          {
            label: 'Marked',
            value: describeClassification(entry.classification),
          },
        ]
      : []),
    {
      label: 'Why',
      value: entry.reasons.length > 0 ? entry.reasons.join('; ') : '—',
    },
    {
      label: 'Whom to ask',
      value:
        entry.route ??
        `${describeOwner(entry.owner)}'s MARSOC single point of contact`,
    },
  ];
}

/** The footer's last line: page numbers are added by each renderer. */
export function describeFooterLine(document: ProfileDocument): string {
  return `Audit request id ${document.cover.requestId}`;
}
