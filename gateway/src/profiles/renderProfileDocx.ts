import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  ANNEX_EMPTY,
  ANNEX_INTRODUCTION,
  describeAnnexEntry,
  describeCover,
  describeFooterLine,
  describeSectionMarking,
  SECTIONS_LEFT_OUT,
} from './describeCover';
import {
  type AnnexEntry,
  type ProfileBlock,
  type ProfileDocument,
  type ProfileField,
  type ProfileSection,
  type ProtectiveMarking,
} from './ProfileDocument';

/**
 * The Subject Profile as a Word document (docx): the same parts as the PDF.
 * The marking sits in the page header and footer, which Word repeats on every
 * page whatever the reader's page size.
 */
export function renderProfileDocx(document: ProfileDocument): Promise<Buffer> {
  return packWord({
    title: document.title,
    subject: `${document.marking.banner} Subject Profile`,
    marking: document.marking,
    footerLine: describeFooterLine(document),
    children: [
      ...describeCoverPage(document),
      ...describeSections(document.sections),
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({
        text: 'Disclosure annex',
        heading: HeadingLevel.HEADING_1,
      }),
      ...describeAnnexPart(document.annex),
    ],
  });
}

/**
 * A Word document of one section whose page header and footer carry the
 * marking, the caveats, page numbers and the footer line on every page.
 */
export function packWord(parts: {
  title: string;
  subject: string;
  marking: ProtectiveMarking;
  footerLine: string;
  children: (Paragraph | Table)[];
}): Promise<Buffer> {
  const word = new Document({
    title: parts.title,
    subject: parts.subject,
    sections: [
      {
        headers: {
          default: new Header({
            children: describeBanner(parts.marking, parts.footerLine, 'top'),
          }),
        },
        footers: {
          default: new Footer({
            children: describeBanner(parts.marking, parts.footerLine, 'bottom'),
          }),
        },
        children: parts.children,
      },
    ],
  });
  return Packer.toBuffer(word);
}

/** Each section under its title and marking line. */
export function describeSections(
  sections: readonly ProfileSection[],
): (Paragraph | Table)[] {
  return sections.flatMap((section) => [
    new Paragraph({
      text: section.title,
      heading: HeadingLevel.HEADING_1,
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: describeSectionMarking(section),
          italics: true,
        }),
      ],
    }),
    ...section.blocks.flatMap(describeBlock),
  ]);
}

/** The disclosure annex's introduction and entries, under a heading the caller writes. */
export function describeAnnexPart(
  annex: readonly AnnexEntry[],
): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: ANNEX_INTRODUCTION }),
    ...(annex.length === 0
      ? [new Paragraph({ text: ANNEX_EMPTY })]
      : annex.flatMap((entry) => [
          describeTable(describeAnnexEntry(entry)),
          new Paragraph({ text: '' }),
        ])),
  ];
}

function describeBanner(
  marking: ProtectiveMarking,
  footerLine: string,
  place: 'top' | 'bottom',
): Paragraph[] {
  const banner = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: marking.banner, bold: true, size: 22 })],
  });
  const caveats = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: marking.caveats.join(' · '), size: 14 })],
  });
  if (place === 'top') return [banner, caveats];
  const pages = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        size: 14,
        children: [
          'Page ',
          PageNumber.CURRENT,
          ' of ',
          PageNumber.TOTAL_PAGES,
          ` · ${footerLine}`,
        ],
      }),
    ],
  });
  return [caveats, pages, banner];
}

function describeCoverPage(document: ProfileDocument): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: document.title, heading: HeadingLevel.TITLE }),
    describeTable(describeCover(document)),
    new Paragraph({
      text: 'Handling instructions',
      heading: HeadingLevel.HEADING_2,
    }),
    ...document.marking.handling.map(
      (instruction) =>
        new Paragraph({ text: instruction, bullet: { level: 0 } }),
    ),
    ...document.notices.flatMap(describeBlock),
    new Paragraph({ text: SECTIONS_LEFT_OUT }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

export function describeBlock(block: ProfileBlock): (Paragraph | Table)[] {
  if (block.kind === 'notice') {
    return [
      new Paragraph({
        children: [new TextRun({ text: block.text, italics: true })],
      }),
    ];
  }
  return [
    ...(block.heading
      ? [
          new Paragraph({
            text: block.heading,
            heading: HeadingLevel.HEADING_3,
          }),
        ]
      : []),
    ...(block.fields.length > 0 ? [describeTable(block.fields)] : []),
    new Paragraph({ text: '' }),
  ];
}

/** Label-value lines as a two-column table. */
export function describeTable(fields: readonly ProfileField[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: fields.map(
      (field) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 30, type: WidthType.PERCENTAGE },
              children: [
                new Paragraph({
                  children: [new TextRun({ text: field.label, bold: true })],
                }),
              ],
            }),
            new TableCell({
              width: { size: 70, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ text: field.value })],
            }),
          ],
        }),
    ),
  });
}
