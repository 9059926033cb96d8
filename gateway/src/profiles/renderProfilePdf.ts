import PDFDocument from 'pdfkit';
import {
  ANNEX_EMPTY,
  ANNEX_INTRODUCTION,
  describeAnnexEntry,
  describeCover,
  describeSectionMarking,
  SECTIONS_LEFT_OUT,
} from './describeCover';
import { drawPdfBanners } from './drawPdfBanners';
import {
  type ProfileBlock,
  type ProfileDocument,
  type ProfileField,
} from './ProfileDocument';

const MARGIN = { top: 80, bottom: 80, left: 56, right: 56 };

/**
 * The Subject Profile as a PDF (pdfkit): a cover, one part per section, the
 * disclosure annex last, and the protective marking at the top and bottom of
 * every page, drawn once all pages exist.
 */
export function renderProfilePdf(document: ProfileDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: document.title,
      Subject: `${document.marking.banner} Subject Profile`,
      CreationDate: new Date(document.cover.producedAt),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  writeCover(pdf, document);
  if (document.sections.length > 0) pdf.addPage();
  for (const section of document.sections) {
    heading(pdf, section.title, 14);
    pdf
      .font('Helvetica-Oblique')
      .fontSize(9)
      .text(describeSectionMarking(section));
    pdf.moveDown(0.5);
    for (const block of section.blocks) writeBlock(pdf, block);
    pdf.moveDown();
  }
  pdf.addPage();
  heading(pdf, 'Disclosure annex', 16);
  pdf.font('Helvetica').fontSize(10).text(ANNEX_INTRODUCTION).moveDown();
  if (document.annex.length === 0) pdf.text(ANNEX_EMPTY);
  for (const entry of document.annex) {
    writeFields(pdf, describeAnnexEntry(entry));
    pdf.moveDown(0.5);
  }
  drawPdfBanners(pdf, document);
  pdf.end();
  return finished;
}

function writeCover(pdf: PDFKit.PDFDocument, document: ProfileDocument): void {
  pdf.font('Helvetica-Bold').fontSize(20).text(document.title).moveDown();
  writeFields(pdf, describeCover(document));
  pdf.moveDown();
  heading(pdf, 'Handling instructions', 12);
  for (const instruction of document.marking.handling) {
    pdf.font('Helvetica').fontSize(10).text(`• ${instruction}`);
  }
  pdf.moveDown();
  for (const notice of document.notices) writeBlock(pdf, notice);
  pdf.font('Helvetica').fontSize(10).text(SECTIONS_LEFT_OUT);
}

function writeBlock(pdf: PDFKit.PDFDocument, block: ProfileBlock): void {
  if (block.kind === 'notice') {
    pdf.font('Helvetica-Oblique').fontSize(10).text(block.text).moveDown(0.5);
    return;
  }
  if (block.heading)
    pdf.font('Helvetica-Bold').fontSize(10).text(block.heading);
  writeFields(pdf, block.fields);
  pdf.moveDown(0.5);
}

function writeFields(
  pdf: PDFKit.PDFDocument,
  fields: readonly ProfileField[],
): void {
  for (const field of fields) {
    pdf
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${field.label}: `, { continued: true })
      .font('Helvetica')
      .text(field.value);
  }
}

function heading(pdf: PDFKit.PDFDocument, text: string, size: number): void {
  pdf.font('Helvetica-Bold').fontSize(size).text(text).moveDown(0.3);
}
