import PDFDocument from 'pdfkit';
import {
  ANNEX_EMPTY,
  ANNEX_INTRODUCTION,
  describeAnnexEntry,
  describeCover,
  describeFooterLine,
  describeSectionMarking,
  SECTIONS_LEFT_OUT,
} from './describeCover';
import { drawPdfBanners } from './drawPdfBanners';
import {
  type AnnexEntry,
  type ProfileBlock,
  type ProfileDocument,
  type ProfileField,
  type ProfileSection,
} from './ProfileDocument';

const MARGIN = { top: 80, bottom: 80, left: 56, right: 56 };

/**
 * The Subject Profile as a PDF (pdfkit): a cover, one part per section, the
 * disclosure annex last, and the protective marking at the top and bottom of
 * every page, drawn once all pages exist.
 */
export function renderProfilePdf(document: ProfileDocument): Promise<Buffer> {
  const { pdf, finished } = startPdf({
    title: document.title,
    subject: `${document.marking.banner} Subject Profile`,
    createdAt: document.cover.producedAt,
  });
  writeCover(pdf, document);
  if (document.sections.length > 0) pdf.addPage();
  writeSections(pdf, document.sections);
  pdf.addPage();
  heading(pdf, 'Disclosure annex', 16);
  writeAnnex(pdf, document.annex);
  drawPdfBanners(pdf, document.marking, describeFooterLine(document));
  pdf.end();
  return finished;
}

/** An A4 PDF with the export's margins, buffering its pages, and its bytes once ended. */
export function startPdf(info: {
  title: string;
  subject: string;
  createdAt: string;
}): { pdf: PDFKit.PDFDocument; finished: Promise<Buffer> } {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: info.title,
      Subject: info.subject,
      CreationDate: new Date(info.createdAt),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  return { pdf, finished };
}

/** Each section under its title and marking line (a forum pack prints a nominal's this way too). */
export function writeSections(
  pdf: PDFKit.PDFDocument,
  sections: readonly ProfileSection[],
): void {
  for (const section of sections) {
    heading(pdf, section.title, 14);
    pdf
      .font('Helvetica-Oblique')
      .fontSize(9)
      .text(describeSectionMarking(section));
    pdf.moveDown(0.5);
    for (const block of section.blocks) writeBlock(pdf, block);
    pdf.moveDown();
  }
}

/** The disclosure annex's introduction and entries, under a heading the caller writes. */
export function writeAnnex(
  pdf: PDFKit.PDFDocument,
  annex: readonly AnnexEntry[],
): void {
  pdf.font('Helvetica').fontSize(10).text(ANNEX_INTRODUCTION).moveDown();
  if (annex.length === 0) pdf.text(ANNEX_EMPTY);
  for (const entry of annex) {
    writeFields(pdf, describeAnnexEntry(entry));
    pdf.moveDown(0.5);
  }
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

export function writeBlock(pdf: PDFKit.PDFDocument, block: ProfileBlock): void {
  if (block.kind === 'notice') {
    pdf.font('Helvetica-Oblique').fontSize(10).text(block.text).moveDown(0.5);
    return;
  }
  if (block.heading)
    pdf.font('Helvetica-Bold').fontSize(10).text(block.heading);
  writeFields(pdf, block.fields);
  pdf.moveDown(0.5);
}

export function writeFields(
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

export function heading(
  pdf: PDFKit.PDFDocument,
  text: string,
  size: number,
): void {
  pdf.font('Helvetica-Bold').fontSize(size).text(text).moveDown(0.3);
}
