import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

/**
 * Reading generated documents back the way a person's tools would: DOCX through mammoth (an
 * independent DOCX reader: if it cannot open the file, Word would complain too), PDF through
 * Debian's poppler-utils (pdftotext, pdffonts, pdfinfo), never through our own renderer.
 */

export interface DocxReading {
  /** What the reader could not read ("error") — a style it has no HTML for is only a "warning". */
  errors: string[];
  html: string;
  /** Every table: rows of cell texts. */
  tables: string[][][];
  /** word/document.xml as stored. */
  documentXml: string;
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

export async function readDocx(buffer: Buffer): Promise<DocxReading> {
  const { value: html, messages } = await mammoth.convertToHtml({ buffer });
  const tables = [...html.matchAll(/<table>(.*?)<\/table>/gs)].map(([, table]) =>
    [...table!.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
      [...row!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map(([, cell]) => decode(cell!)),
    ),
  );
  const documentXml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
  return { errors: messages.filter((m) => m.type === 'error').map((m) => m.message), html, tables, documentXml };
}

/** The text of a docx reading, tags removed. */
export function docxText(reading: DocxReading): string {
  return decode(reading.html);
}

function withPdfFile<T>(buffer: Buffer, read: (path: string) => T): T {
  if (!existsSync('/usr/bin/pdftotext'))
    throw new Error(
      "The PDF checks need Debian's poppler-utils: apt-get install -y poppler-utils (.ci/run installs it on a fresh machine).",
    );
  const dir = mkdtempSync(join(tmpdir(), 'koinsep-pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    writeFileSync(path, buffer);
    return read(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext -layout: the text as laid out on the pages (table rows stay on one line). */
export function pdfText(buffer: Buffer): string {
  return withPdfFile(buffer, (path) =>
    execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
}

/** pdffonts: one line per font (name, type, embedded…). */
export function pdfFonts(buffer: Buffer): string {
  return withPdfFile(buffer, (path) => execFileSync('/usr/bin/pdffonts', [path], { encoding: 'utf8' }));
}

/** pdfinfo: Title, Author, Pages… */
export function pdfInfo(buffer: Buffer): Record<string, string> {
  const text = withPdfFile(buffer, (path) =>
    execFileSync('/usr/bin/pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' }),
  );
  return Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}
