import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/errors.ts';

export interface ReceivedFile {
  content: Buffer;
  fileName: string;
}

/** A multipart body the parser could not read ("Unexpected end of form", a broken part header). */
export const malformedMultipart = () =>
  new HttpProblem(400, 'malformed_multipart', 'Invalid request', 'The multipart/form-data body could not be read.', {
    invalidParams: [{ name: 'file', reason: 'the multipart body is malformed', in: 'body' }],
  });

const notMultipart = () =>
  new HttpProblem(415, 'unsupported_media_type', 'Unsupported media type', 'Send the file as multipart/form-data (field "file").');

/** preValidation hook of upload routes: anything but multipart/form-data is a 415, before any body check. */
export async function requireMultipart(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) throw notMultipart();
}

/**
 * Reads one multipart/form-data request: text fields and at most one file (field `file`),
 * buffered in memory up to `maxBytes` (413 beyond). Needs @fastify/multipart registered
 * in the calling plugin.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ file: ReceivedFile | null; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw notMultipart();
  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 4000, parts: 21 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          await part.toBuffer();
          throw new HttpProblem(400, 'invalid_parameter', 'Invalid request', `${part.fieldname}: is not a known file field (use "file")`, {
            invalidParams: [{ name: part.fieldname, reason: 'is not a known file field (use "file")', in: 'body' }],
          });
        }
        file = { content: await part.toBuffer(), fileName: part.filename };
      } else {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
      throw new HttpProblem(413, 'file_too_large', 'File too large', `file: at most ${mb} MB`, {
        invalidParams: [{ name: 'file', reason: `is larger than ${mb} MB`, in: 'body' }],
        maxBytes,
      });
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw new HttpProblem(400, 'invalid_parameter', 'Invalid request', 'Send one file and the listed fields only.');
    }
    if (error instanceof HttpProblem) throw error;
    // Only the multipart parser runs in this block: anything else it throws ("Unexpected end
    // of form", a malformed part header) is a broken request body, not a server fault.
    throw malformedMultipart();
  }
  return { file, fields };
}
