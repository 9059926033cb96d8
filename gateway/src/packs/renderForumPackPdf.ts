import { drawPdfBanners } from '../profiles/drawPdfBanners';
import { type ProfileField } from '../profiles/ProfileDocument';
import {
  heading,
  startPdf,
  writeAnnex,
  writeBlock,
  writeFields,
  writeSections,
} from '../profiles/renderProfilePdf';
import {
  describeNominalHeading,
  describePackFooterLine,
  type ForumPackDocument,
  PACK_SECTIONS,
} from './ForumPackDocument';

/**
 * The forum pack as a PDF: the meeting's cover with the handling
 * instructions, members and attendance, the agenda and the decisions, then
 * one part per nominal printed as the Subject Profile prints it (sections,
 * then that nominal's disclosure annex), and the pack's marking at the top
 * and bottom of every page.
 */
export function renderForumPackPdf(
  document: ForumPackDocument,
): Promise<Buffer> {
  const { pdf, finished } = startPdf({
    title: document.title,
    subject: `${document.marking.banner} Forum pack`,
    createdAt: document.producedAt,
  });
  pdf.font('Helvetica-Bold').fontSize(20).text(document.title).moveDown();
  writeFields(pdf, document.cover);
  pdf.moveDown();
  heading(pdf, 'Handling instructions', 12);
  for (const instruction of document.marking.handling)
    pdf.font('Helvetica').fontSize(10).text(`• ${instruction}`);
  pdf.moveDown();
  writePart(pdf, PACK_SECTIONS.members, document.members, '');
  writePart(pdf, PACK_SECTIONS.agenda, document.agenda, PACK_SECTIONS.noAgenda);
  writePart(
    pdf,
    PACK_SECTIONS.decisions,
    document.decisions,
    PACK_SECTIONS.noDecisions,
  );
  if (document.nominals.length === 0)
    pdf.font('Helvetica').fontSize(10).text(PACK_SECTIONS.noNominals);
  for (const part of document.nominals) {
    pdf.addPage();
    heading(pdf, describeNominalHeading(part), 18);
    for (const notice of part.notices) writeBlock(pdf, notice);
    writeSections(pdf, part.sections);
    heading(pdf, `Disclosure annex: ${part.cover.nominalId}`, 14);
    writeAnnex(pdf, part.annex);
  }
  drawPdfBanners(pdf, document.marking, describePackFooterLine(document));
  pdf.end();
  return finished;
}

function writePart(
  pdf: PDFKit.PDFDocument,
  title: string,
  fields: readonly ProfileField[],
  empty: string,
): void {
  heading(pdf, title, 14);
  if (fields.length === 0) pdf.font('Helvetica').fontSize(10).text(empty);
  writeFields(pdf, fields);
  pdf.moveDown();
}
