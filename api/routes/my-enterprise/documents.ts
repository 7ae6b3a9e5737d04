import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComplianceDocumentKind } from '../../../db/schema.ts';
import { recordAudit } from '../../repositories/audit-log.ts';
import { isIsoDate } from '../../domain/eligibility-format.ts';
import type { InvalidField } from '../../domain/profile-changes.ts';
import { HttpProblem, NotFoundProblem } from '../../http/errors.ts';
import { recordHistory } from '../../repositories/enterprise-history.ts';
import { addDocumentFile, findDocumentFile, insertDocument, insertLogo, listDocuments, updateDocument } from '../../repositories/documents.ts';
import { contentDisposition, detectLogo, detectPdf, EXTENSION_OF, safeFileName } from '../../uploads/file-types.ts';
import { readUpload } from '../../uploads/read-upload.ts';
import type { StoredUpload, UploadStore } from '../../uploads/upload-store.ts';
import { auditActorOf, historyActorOf, invalidFields } from './proposals.ts';
import { athensToday, documentView } from './views.ts';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const KINDS: readonly ComplianceDocumentKind[] = ['tax_clearance', 'social_security_clearance', 'gemi_certificate', 'gemkalo_certificate', 'workforce_composition'];

interface DocumentMetadata {
  kind?: ComplianceDocumentKind;
  issuedOn?: string;
  validUntil?: string;
  referenceNumber?: string | null;
}

/**
 * Validates the dates as printed on the certificate (never computed): real calendar dates,
 * valid-until not before the issue date. `required` for a new document.
 */
export function checkDocumentMetadata(fields: Record<string, string | null | undefined>, required: boolean, current?: { issuedOn: string; validUntil: string }): DocumentMetadata {
  const invalid: InvalidField[] = [];
  const out: DocumentMetadata = {};
  for (const name of Object.keys(fields)) {
    if (!['kind', 'issuedOn', 'validUntil', 'referenceNumber'].includes(name)) invalid.push({ name, reason: 'is not a known field' });
  }
  const kind = fields.kind?.trim();
  if (kind !== undefined) {
    if ((KINDS as readonly string[]).includes(kind)) out.kind = kind as ComplianceDocumentKind;
    else invalid.push({ name: 'kind', reason: `must be one of ${KINDS.join(', ')}` });
  } else if (required) invalid.push({ name: 'kind', reason: 'is required' });
  for (const name of ['issuedOn', 'validUntil'] as const) {
    const value = fields[name]?.trim();
    if (value === undefined || value === '') {
      if (required) invalid.push({ name, reason: 'is required (the date printed on the certificate, YYYY-MM-DD)' });
    } else if (!isIsoDate(value)) invalid.push({ name, reason: 'is not a calendar date (YYYY-MM-DD)' });
    else out[name] = value;
  }
  const issued = out.issuedOn ?? current?.issuedOn;
  const until = out.validUntil ?? current?.validUntil;
  if (issued && until && until < issued && !invalid.length) invalid.push({ name: 'validUntil', reason: 'must not be before issuedOn' });
  if (out.issuedOn && out.issuedOn > athensToday()) invalid.push({ name: 'issuedOn', reason: 'must not be in the future' });
  if (fields.referenceNumber !== undefined) {
    const ref = fields.referenceNumber?.trim() ?? '';
    if (ref.length > 100) invalid.push({ name: 'referenceNumber', reason: 'must be at most 100 characters' });
    out.referenceNumber = ref === '' ? null : ref;
  }
  if (invalid.length) throw invalidFields(invalid);
  return out;
}

/** The columns of a stored file's row (document file or logo). */
function storedRow<M extends string>(request: FastifyRequest, enterpriseId: string, stored: StoredUpload, originalName: string, mediaType: M) {
  return {
    enterprise_id: enterpriseId,
    stored_name: stored.storedName,
    original_name: originalName,
    media_type: mediaType,
    size_bytes: stored.sizeBytes,
    sha256: stored.sha256,
    uploaded_by: request.user!.id,
    uploaded_at: new Date().toISOString(),
  };
}

function metadataColumns(metadata: DocumentMetadata) {
  return {
    ...(metadata.kind ? { kind: metadata.kind } : {}),
    ...(metadata.issuedOn ? { issued_on: metadata.issuedOn } : {}),
    ...(metadata.validUntil ? { valid_until: metadata.validUntil } : {}),
    ...(metadata.referenceNumber !== undefined ? { reference_number: metadata.referenceNumber } : {}),
  };
}

function requirePdf(content: Buffer | undefined): 'application/pdf' {
  if (!content || content.length === 0) throw invalidFields([{ name: 'file', reason: 'is required (a PDF)' }]);
  const type = detectPdf(content);
  if (!type)
    throw new HttpProblem(415, 'unsupported_media_type', 'Unsupported media type', 'file: is not a PDF (checked by its content, not its name)', {
      invalidParams: [{ name: 'file', reason: 'is not a PDF', in: 'body' }],
    });
  return type;
}

/** Saves the file first, then the rows in one transaction; if that fails the file goes too. */
async function withStoredFile<T>(app: FastifyInstance, area: 'documents' | 'logos', content: Buffer, extension: string, write: (stored: StoredUpload) => Promise<T>): Promise<T> {
  const stored = await app.uploads.save(area, content, extension);
  try {
    return await write(stored);
  } catch (error) {
    await app.uploads.remove(area, stored.storedName);
    throw error;
  }
}

export async function createDocument(app: FastifyInstance, request: FastifyRequest, enterpriseId: string, downloadBase: string) {
  const { file, fields } = await readUpload(request, MAX_DOCUMENT_BYTES);
  const metadata = checkDocumentMetadata(fields, true);
  const mediaType = requirePdf(file?.content);
  const documentId = randomUUID();
  const fileId = randomUUID();
  const originalName = safeFileName(file!.fileName, mediaType, metadata.kind!);
  await withStoredFile(app, 'documents', file!.content, EXTENSION_OF[mediaType], (stored) =>
    app.db.transaction().execute(async (trx) => {
      await insertDocument(trx, {
        id: documentId,
        enterpriseId,
        kind: metadata.kind!,
        issuedOn: metadata.issuedOn!,
        validUntil: metadata.validUntil!,
        referenceNumber: metadata.referenceNumber ?? null,
      });
      await addDocumentFile(trx, { id: fileId, document_id: documentId, ...storedRow(request, enterpriseId, stored, originalName, mediaType) });
      await recordHistory(trx, {
        enterpriseId,
        resourceType: 'compliance_document',
        resourceId: documentId,
        action: 'create',
        actor: historyActorOf(request),
        changes: [
          { field: 'kind', before: null, after: metadata.kind! },
          { field: 'issuedOn', before: null, after: metadata.issuedOn! },
          { field: 'validUntil', before: null, after: metadata.validUntil! },
          { field: 'referenceNumber', before: null, after: metadata.referenceNumber ?? null },
          { field: 'file', before: null, after: `${originalName} (sha256 ${stored.sha256})` },
        ],
      });
      await recordAudit(trx, auditActorOf(request), {
        action: 'document.create',
        objectType: 'compliance_document',
        objectId: documentId,
        details: { enterpriseId, kind: metadata.kind, validUntil: metadata.validUntil, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
      });
    }),
  );
  const [created] = await listDocuments(app.db, enterpriseId, documentId);
  return documentView(created!, athensToday(), downloadBase);
}

/** A new file for an existing document (a better scan, a corrected certificate); the old file is kept. */
export async function replaceDocumentFile(app: FastifyInstance, request: FastifyRequest, enterpriseId: string, documentId: string, downloadBase: string) {
  const [existing] = await listDocuments(app.db, enterpriseId, documentId);
  if (!existing) throw new NotFoundProblem('Document');
  const { file, fields } = await readUpload(request, MAX_DOCUMENT_BYTES);
  const metadata = checkDocumentMetadata(fields, false, existing);
  const mediaType = requirePdf(file?.content);
  const fileId = randomUUID();
  const originalName = safeFileName(file!.fileName, mediaType, existing.kind);
  await withStoredFile(app, 'documents', file!.content, EXTENSION_OF[mediaType], (stored) =>
    app.db.transaction().execute(async (trx) => {
      const previousFileId = await addDocumentFile(trx, { id: fileId, document_id: documentId, ...storedRow(request, enterpriseId, stored, originalName, mediaType) });
      await updateDocument(trx, documentId, {
        ...metadataColumns(metadata),
        // A new file is a new certificate to check.
        verified_at: null,
      });
      const previousFile = existing.files.find((f) => f.id === previousFileId);
      await recordHistory(trx, {
        enterpriseId,
        resourceType: 'compliance_document',
        resourceId: documentId,
        action: 'replace_file',
        actor: historyActorOf(request),
        changes: [
          { field: 'file', before: previousFile ? `${previousFile.original_name} (sha256 ${previousFile.sha256})` : null, after: `${originalName} (sha256 ${stored.sha256})` },
          ...(metadata.kind ? [{ field: 'kind', before: existing.kind, after: metadata.kind }] : []),
          ...(metadata.issuedOn ? [{ field: 'issuedOn', before: existing.issuedOn, after: metadata.issuedOn }] : []),
          ...(metadata.validUntil ? [{ field: 'validUntil', before: existing.validUntil, after: metadata.validUntil }] : []),
          ...(metadata.referenceNumber !== undefined ? [{ field: 'referenceNumber', before: existing.referenceNumber, after: metadata.referenceNumber }] : []),
        ],
      });
      await recordAudit(trx, auditActorOf(request), {
        action: 'document.replace_file',
        objectType: 'compliance_document',
        objectId: documentId,
        details: { enterpriseId, previousFileId, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
      });
    }),
  );
  const [updated] = await listDocuments(app.db, enterpriseId, documentId);
  return documentView(updated!, athensToday(), downloadBase);
}

/** Corrects the metadata (kind, dates, reference) without a new file: not moderated, but recorded. */
export async function updateDocumentMetadata(
  app: FastifyInstance,
  request: FastifyRequest,
  enterpriseId: string,
  documentId: string,
  body: Record<string, string | null | undefined>,
  downloadBase: string,
) {
  const [existing] = await listDocuments(app.db, enterpriseId, documentId);
  if (!existing) throw new NotFoundProblem('Document');
  const metadata = checkDocumentMetadata(body, false, existing);
  await app.db.transaction().execute(async (trx) => {
    await updateDocument(trx, documentId, {
        ...metadataColumns(metadata),
    });
    const changed = await recordHistory(trx, {
      enterpriseId,
      resourceType: 'compliance_document',
      resourceId: documentId,
      action: 'update',
      actor: historyActorOf(request),
      changes: [
        { field: 'kind', before: existing.kind, after: metadata.kind ?? existing.kind },
        { field: 'issuedOn', before: existing.issuedOn, after: metadata.issuedOn ?? existing.issuedOn },
        { field: 'validUntil', before: existing.validUntil, after: metadata.validUntil ?? existing.validUntil },
        { field: 'referenceNumber', before: existing.referenceNumber, after: metadata.referenceNumber === undefined ? existing.referenceNumber : metadata.referenceNumber },
      ],
    });
    if (changed) {
      await recordAudit(trx, auditActorOf(request), {
        action: 'document.update',
        objectType: 'compliance_document',
        objectId: documentId,
        details: { enterpriseId, fields: Object.keys(metadata) },
      });
    }
  });
  const [updated] = await listDocuments(app.db, enterpriseId, documentId);
  return documentView(updated!, athensToday(), downloadBase);
}

/** Sends a stored file as a download: never rendered by the browser (attachment + nosniff). */
export async function sendDocumentFile(app: FastifyInstance, reply: FastifyReply, documentId: string, fileId: string) {
  const file = await findDocumentFile(app.db, documentId, fileId);
  if (!file) throw new NotFoundProblem('File');
  return reply
    .type(file.media_type)
    .header('content-disposition', contentDisposition(file.original_name))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('content-length', String(file.size_bytes))
    .send(app.uploads.open('documents', file.stored_name));
}

/** Stores an uploaded logo (not yet shown: the enterprise proposes it with PATCH logoId). */
export async function createLogo(app: FastifyInstance, request: FastifyRequest, enterpriseId: string) {
  const { file } = await readUpload(request, MAX_LOGO_BYTES);
  if (!file || file.content.length === 0) throw invalidFields([{ name: 'file', reason: 'is required (PNG, JPEG or WebP)' }]);
  const mediaType = detectLogo(file.content);
  if (!mediaType)
    throw new HttpProblem(415, 'unsupported_media_type', 'Unsupported media type', 'file: must be a PNG, JPEG or WebP image (SVG is not accepted)', {
      invalidParams: [{ name: 'file', reason: 'is not a PNG, JPEG or WebP image', in: 'body' }],
    });
  const id = randomUUID();
  const originalName = safeFileName(file.fileName, mediaType, 'logo');
  const stored = await withStoredFile(app, 'logos', file.content, EXTENSION_OF[mediaType], async (s) => {
    await app.db.transaction().execute(async (trx) => {
      await insertLogo(trx, { id, ...storedRow(request, enterpriseId, s, originalName, mediaType) });
      await recordHistory(trx, {
        enterpriseId,
        resourceType: 'logo',
        resourceId: id,
        action: 'upload',
        actor: historyActorOf(request),
        changes: [{ field: 'file', before: null, after: `${originalName} (sha256 ${s.sha256})` }],
      });
      await recordAudit(trx, auditActorOf(request), { action: 'logo.upload', objectType: 'logo', objectId: id, details: { enterpriseId, sha256: s.sha256, sizeBytes: s.sizeBytes } });
    });
    return s;
  });
  return { logoId: id, url: `/api/v1/logos/${id}`, mediaType, sizeBytes: stored.sizeBytes, sha256: stored.sha256 };
}
