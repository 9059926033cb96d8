import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Text out of an exported document with Debian's own tools, not the libraries
 * that wrote it: pdftotext (poppler-utils) for a PDF, unzip for a Word file's
 * body, header and footer parts.
 */
function withFile<T>(
  bytes: Buffer,
  name: string,
  read: (path: string) => T,
): T {
  const directory = mkdtempSync(join(tmpdir(), 'marsoc-extract-'));
  try {
    const path = join(directory, name);
    writeFileSync(path, bytes);
    return read(path);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Each page's text, in reading order. */
export function readPdfPages(bytes: Buffer): string[] {
  const text = withFile(bytes, 'profile.pdf', (path) =>
    execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
  );
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

export interface DocxText {
  body: string;
  header: string;
  footer: string;
}

export function readDocxText(bytes: Buffer): DocxText {
  return withFile(bytes, 'profile.docx', (path) => {
    const part = (name: string): string =>
      paragraphsOf(
        execFileSync('unzip', ['-p', path, name], { encoding: 'utf8' }),
      );
    return {
      body: part('word/document.xml'),
      header: part('word/header1.xml'),
      footer: part('word/footer1.xml'),
    };
  });
}

/** WordprocessingML as text: one line per paragraph, entities decoded. */
function paragraphsOf(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text with every run of white space removed, so a wrapped value still matches. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The non-empty lines of a text, trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
