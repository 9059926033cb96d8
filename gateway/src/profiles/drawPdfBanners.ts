import { type ProtectiveMarking } from './ProfileDocument';

const BANNER_SIZE = 11;
const CAVEAT_SIZE = 7;

/**
 * Draws the protective marking at the top and bottom of every page, with the
 * caveats, page numbers and the footer line (the audit request id). Run once every page exists
 * (the document buffers its pages), so the count is known and no page is missed.
 */
export function drawPdfBanners(
  pdf: PDFKit.PDFDocument,
  marking: ProtectiveMarking,
  footerLine: string,
): void {
  const { start, count } = pdf.bufferedPageRange();
  const caveats = marking.caveats.join(' · ');
  for (let index = start; index < start + count; index += 1) {
    pdf.switchToPage(index);
    const page = pdf.page;
    const width = page.width - page.margins.left - page.margins.right;
    const left = page.margins.left;
    // Writing inside the bottom margin would otherwise start a new page.
    const bottomMargin = page.margins.bottom;
    page.margins.bottom = 0;
    const centred = { width, align: 'center' as const, lineBreak: true };
    pdf.font('Helvetica-Bold').fontSize(BANNER_SIZE);
    pdf.text(marking.banner, left, 24, centred);
    pdf
      .font('Helvetica')
      .fontSize(CAVEAT_SIZE)
      .text(caveats, left, 40, centred);
    // Bottom up: the banner last on the page, the page line, then the caveats.
    const bannerTop = page.height - 36;
    const pageLineTop = bannerTop - 12;
    const caveatsTop = pageLineTop - 4 - pdf.heightOfString(caveats, centred);
    pdf.text(caveats, left, caveatsTop, centred);
    pdf.text(
      `Page ${index - start + 1} of ${count} · ${footerLine}`,
      left,
      pageLineTop,
      centred,
    );
    pdf.font('Helvetica-Bold').fontSize(BANNER_SIZE);
    pdf.text(marking.banner, left, bannerTop, centred);
    page.margins.bottom = bottomMargin;
  }
}
