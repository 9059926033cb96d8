import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import {
  linesOf,
  readDocxText,
  readPdfPages,
  squeeze,
} from '../profiles/extractText';

export type ExportFormat = 'pdf' | 'docx';

/** A downloaded export read back as text with Debian's own tools. */
export interface ExportedDocument {
  fileName: string;
  /** Each marking line: every PDF page's top and bottom, the Word header and footer. */
  banners: string[];
  text: string;
}

/**
 * Clicks the profile's export button as the analyst would, keeps the file the
 * browser downloads in `folder`, and reads it back.
 */
export async function downloadExport(
  page: Page,
  format: ExportFormat,
  folder: string,
): Promise<ExportedDocument> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-testid=export-${format}]`),
  ]);
  const fileName = download.suggestedFilename();
  const path = join(folder, fileName);
  await download.saveAs(path);
  const bytes = readFileSync(path);
  if (format === 'pdf') {
    const pages = readPdfPages(bytes).map(linesOf);
    return {
      fileName,
      banners: pages.flatMap((lines) => [lines[0] ?? '', lines.at(-1) ?? '']),
      text: pages.map((lines) => lines.join('\n')).join('\n'),
    };
  }
  const word = readDocxText(bytes);
  return {
    fileName,
    banners: [linesOf(word.header)[0] ?? '', linesOf(word.footer).at(-1) ?? ''],
    text: [word.header, word.body, word.footer].join('\n'),
  };
}

/** The values among `hidden` that the document holds, however it wrapped them. */
export function findLeakedValues(
  document: ExportedDocument,
  hidden: readonly string[],
): string[] {
  const flat = squeeze(document.text);
  return hidden.filter((value) => flat.includes(squeeze(value)));
}
