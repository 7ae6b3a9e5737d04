import type { FastifyReply } from 'fastify';
import type { ReadStream } from 'node:fs';
import { contentDisposition } from '../uploads/file-types.ts';

/** A stored file as a service hands it to a route. */
export interface StoredFileDownload {
  mediaType: string;
  contentDisposition: string;
  sizeBytes: number;
  stream(): ReadStream;
}

/** Sends a stored file as a download: never rendered by the browser (attachment + nosniff + sandbox). */
export function sendDownload(reply: FastifyReply, file: StoredFileDownload) {
  return reply
    .type(file.mediaType)
    .header('content-disposition', file.contentDisposition)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('content-length', String(file.sizeBytes))
    .send(file.stream());
}

/** A file generated on request (DOCX, PDF): a download, never cached (it carries what staff alone may read). */
export function sendGeneratedDocument(
  reply: FastifyReply,
  file: { bytes: Buffer; mediaType: string; fileName: string },
) {
  return reply
    .type(file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('content-length', String(file.bytes.length))
    .send(file.bytes);
}
