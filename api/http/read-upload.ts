import type { FastifyRequest } from 'fastify';
import { AppError, InvalidInputError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import type { ReceivedFile, ReceivedUpload } from '../uploads/file-types.ts';

/** A multipart body the parser could not read ("Unexpected end of form", a broken part header). */
export const malformedMultipart = () =>
  new InvalidInputError([{ name: 'file', reason: msg('upload.malformed.reason'), in: 'body' }], {
    code: 'malformed_multipart',
    detail: msg('upload.malformed.detail'),
  });

const notMultipart = () =>
  new AppError(
    'unsupported_media_type',
    'unsupported_media_type',
    msg('upload.unsupported_media_type.title'),
    msg('upload.not_multipart'),
  );

/** preValidation hook of upload routes: anything but multipart/form-data is a 415, before any body check. */
export async function requireMultipart(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) throw notMultipart();
}

/** 413 naming the file and the limit. */
export function fileTooLarge(maxBytes: number): AppError {
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new AppError(
    'payload_too_large',
    'file_too_large',
    msg('upload.too_large.title'),
    msg('upload.too_large.detail', { mb }),
    {
      invalidParams: [{ name: 'file', reason: msg('upload.too_large.reason', { mb }), in: 'body' }],
      extra: { maxBytes },
    },
  );
}

/**
 * Reads one multipart/form-data request: text fields and at most one file (field `file`),
 * buffered in memory up to `maxBytes` (413 beyond). Needs @fastify/multipart registered
 * in the calling plugin.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<ReceivedUpload> {
  if (!request.isMultipart()) throw notMultipart();
  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  try {
    for await (const part of request.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 4000, parts: 21 },
    })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          await part.toBuffer();
          throw new InvalidInputError([{ name: part.fieldname, reason: msg('upload.unknown_file_field'), in: 'body' }]);
        }
        file = { content: await part.toBuffer(), fileName: part.filename };
      } else {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : '';
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(maxBytes);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw new AppError('invalid', 'invalid_parameter', msg('problem.invalid.title'), msg('upload.too_many_parts'));
    }
    if (error instanceof AppError) throw error;
    // Only the multipart parser runs in this block: anything else it throws ("Unexpected end
    // of form", a malformed part header) is a broken request body, not a server fault.
    throw malformedMultipart();
  }
  return { file, fields };
}
