import { AppError, invalidBody } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import { detectPdf, parsesAsPdf, type ReceivedUpload } from '../uploads/file-types.ts';
import type { StoredUpload, UploadArea, UploadStore } from '../uploads/upload-store.ts';

/**
 * The upload rules every PDF follows (compliance documents, a request's specifications, an
 * offer's files): at most 10 MB, a PDF by its first bytes and by parsing, stored under a random
 * name before its row is written, removed again if writing the row fails.
 */

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Reads the multipart upload of the request (the route provides it; called after the authorisation check). */
export type ReadUpload = (maxBytes: number) => Promise<ReceivedUpload>;

export function unsupportedMediaType(detail: 'document.not_pdf' | 'logo.not_image'): AppError {
  return new AppError(
    'unsupported_media_type',
    'unsupported_media_type',
    msg('upload.unsupported_media_type.title'),
    msg(`${detail}.detail`),
    {
      invalidParams: [{ name: 'file', reason: msg(`${detail}.reason`), in: 'body' }],
    },
  );
}

/** 400 without a file, 415 unless the content is a PDF with at least one page. */
export async function requirePdf(content: Buffer | undefined): Promise<'application/pdf'> {
  if (!content || content.length === 0) throw invalidBody([{ name: 'file', reason: msg('document.pdf_required') }]);
  const type = detectPdf(content);
  if (!type || !(await parsesAsPdf(content))) throw unsupportedMediaType('document.not_pdf');
  return type;
}

/** Saves the file first, then runs `work` (the rows); if that fails the file is removed. */
export async function withStoredFile<T>(
  uploads: UploadStore,
  area: UploadArea,
  content: Buffer,
  extension: string,
  work: (stored: StoredUpload) => Promise<T>,
): Promise<T> {
  const stored = await uploads.save(area, content, extension);
  try {
    return await work(stored);
  } catch (error) {
    await uploads.remove(area, stored.storedName);
    throw error;
  }
}
