/**
 * What an uploaded file really is, decided by its first bytes ("magic numbers"), never by
 * its name or the type the browser claims: an `.exe` renamed `.pdf` is refused (415).
 * SVG is never accepted as a logo: it is a document that can carry scripts.
 */
import { PDFDocument } from 'pdf-lib';

export type DocumentMediaType = 'application/pdf';
export type LogoMediaType = 'image/png' | 'image/jpeg' | 'image/webp';

const startsWith = (buffer: Buffer, bytes: number[], offset = 0) =>
  buffer.length >= offset + bytes.length && bytes.every((b, i) => buffer[offset + i] === b);

/**
 * ISO 32000: a PDF starts with `%PDF-`. Readers tolerate up to 1 KiB of junk before it, but
 * a file that is something else with `%PDF-` inside its first kilobyte (an HTML page) then
 * passes as a certificate (issue 15, item 4): the header must be at byte 0, and
 * `parsesAsPdf` must then read the file as a PDF with at least one page.
 */
export function detectPdf(buffer: Buffer): DocumentMediaType | null {
  return startsWith(buffer, [...Buffer.from('%PDF-')]) ? 'application/pdf' : null;
}

/**
 * Whether the file parses as a PDF document (pdf-lib: catalogue, page tree, at least one
 * page). Encrypted PDFs (permissions only) are accepted: public bodies issue some that way.
 */
export async function parsesAsPdf(buffer: Buffer): Promise<boolean> {
  try {
    const document = await PDFDocument.load(buffer, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: true,
    });
    return document.getPageCount() > 0;
  } catch {
    return false;
  }
}

/** PNG (RFC 2083 signature), JPEG (SOI + marker), WebP (RIFF container with a WEBP form type). */
export function detectLogo(buffer: Buffer): LogoMediaType | null {
  if (startsWith(buffer, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(buffer, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(buffer, [0x52, 0x49, 0x46, 0x46]) && startsWith(buffer, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}

export const EXTENSION_OF: Record<DocumentMediaType | LogoMediaType, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** Quotes and characters Windows or shells give a meaning to; control characters go too. */
const UNSAFE_IN_NAMES = '"\'`<>|:*?;';

/**
 * A file name safe to show and to put in Content-Disposition: no path, no control or
 * quote characters, at most 150 characters; the extension matches the real type.
 */
export function safeFileName(
  original: string | undefined,
  mediaType: DocumentMediaType | LogoMediaType,
  fallback: string,
): string {
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) > 0x1f && c !== '\u007f' && !UNSAFE_IN_NAMES.includes(c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const stem = cleaned.replace(/\.[^.]*$/, '').slice(0, 140) || fallback;
  return `${stem}.${EXTENSION_OF[mediaType]}`;
}

/** RFC 6266 / RFC 5987: an ASCII fallback and the UTF-8 name (Greek file names survive). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export interface ReceivedFile {
  content: Buffer;
  fileName: string;
}

/** What a multipart request carried: text fields and at most one file. */
export interface ReceivedUpload {
  file: ReceivedFile | null;
  fields: Record<string, string>;
}
