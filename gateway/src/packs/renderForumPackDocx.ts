import { HeadingLevel, PageBreak, Paragraph, type Table } from 'docx';
import { type ProfileField } from '../profiles/ProfileDocument';
import {
  describeAnnexPart,
  describeBlock,
  describeSections,
  describeTable,
  packWord,
} from '../profiles/renderProfileDocx';
import {
  describeNominalHeading,
  describePackFooterLine,
  type ForumPackDocument,
  PACK_SECTIONS,
} from './ForumPackDocument';

/**
 * The forum pack as a Word document: the same parts as the PDF, the marking
 * in the page header and footer, which Word repeats on every page.
 */
export function renderForumPackDocx(
  document: ForumPackDocument,
): Promise<Buffer> {
  return packWord({
    title: document.title,
    subject: `${document.marking.banner} Forum pack`,
    marking: document.marking,
    footerLine: describePackFooterLine(document),
    children: [
      new Paragraph({ text: document.title, heading: HeadingLevel.TITLE }),
      describeTable(document.cover),
      new Paragraph({
        text: 'Handling instructions',
        heading: HeadingLevel.HEADING_2,
      }),
      ...document.marking.handling.map(
        (instruction) =>
          new Paragraph({ text: instruction, bullet: { level: 0 } }),
      ),
      ...describePart(PACK_SECTIONS.members, document.members, ''),
      ...describePart(
        PACK_SECTIONS.agenda,
        document.agenda,
        PACK_SECTIONS.noAgenda,
      ),
      ...describePart(
        PACK_SECTIONS.decisions,
        document.decisions,
        PACK_SECTIONS.noDecisions,
      ),
      ...(document.nominals.length === 0
        ? [new Paragraph({ text: PACK_SECTIONS.noNominals })]
        : []),
      ...document.nominals.flatMap((part) => [
        new Paragraph({ children: [new PageBreak()] }),
        new Paragraph({
          text: describeNominalHeading(part),
          heading: HeadingLevel.TITLE,
        }),
        ...part.notices.flatMap(describeBlock),
        ...describeSections(part.sections),
        new Paragraph({
          text: `Disclosure annex: ${part.cover.nominalId}`,
          heading: HeadingLevel.HEADING_1,
        }),
        ...describeAnnexPart(part.annex),
      ]),
    ],
  });
}

function describePart(
  title: string,
  fields: readonly ProfileField[],
  empty: string,
): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
    fields.length === 0
      ? new Paragraph({ text: empty })
      : describeTable(fields),
  ];
}
