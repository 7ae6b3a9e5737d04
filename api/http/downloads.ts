import type { FastifyReply } from 'fastify';
import type { ReadStream } from 'node:fs';

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
