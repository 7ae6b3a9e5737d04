import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../domain/actor.ts';
import { todayInAthens } from '../domain/athens-today.ts';
import { authorize } from '../domain/authorization.ts';
import { DOCUMENT_KINDS, type ComplianceDocumentKind } from '../domain/compliance-documents.ts';
import { isIsoDate } from '../domain/eligibility-format.ts';
import { invalidBody, NotFoundError } from '../domain/errors.ts';
import { msg } from '../domain/messages/index.ts';
import type { InvalidField } from '../domain/profile-changes.ts';
import type { ComplianceDocumentView } from '../http/enterprise-schemas.ts';
import {
  addDocumentFile,
  findDocument,
  findDocumentFile,
  findLogo,
  insertDocument,
  insertLogo,
  listDocuments,
  updateDocument,
} from '../repositories/documents.ts';
import { findEnterprise } from '../repositories/enterprise-profile.ts';
import { contentDisposition, detectLogo, EXTENSION_OF, safeFileName } from '../uploads/file-types.ts';
import type { StoredUpload, UploadStore } from '../uploads/upload-store.ts';
import { enforce } from './authorize.ts';
import { MAX_DOCUMENT_BYTES, requirePdf, unsupportedMediaType, withStoredFile, type ReadUpload } from './pdf-upload.ts';
import { documentView, MY_DOCUMENTS_BASE } from './enterprise-views.ts';
import type { EnterpriseWriter } from './enterprise-writes.ts';
import type { OwnAction } from './my-enterprise-service.ts';

export { MAX_DOCUMENT_BYTES };
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export type { ReadUpload };

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
function checkDocumentMetadata(
  fields: Record<string, string | null | undefined>,
  required: boolean,
  current?: { issuedOn: string; validUntil: string },
): DocumentMetadata {
  const invalid: InvalidField[] = [];
  const out: DocumentMetadata = {};
  for (const name of Object.keys(fields)) {
    if (!['kind', 'issuedOn', 'validUntil', 'referenceNumber'].includes(name))
      invalid.push({ name, reason: msg('field.unknown') });
  }
  const kind = fields.kind?.trim();
  if (kind !== undefined) {
    if ((DOCUMENT_KINDS as readonly string[]).includes(kind)) out.kind = kind as ComplianceDocumentKind;
    else invalid.push({ name: 'kind', reason: msg('field.one_of', { values: DOCUMENT_KINDS.join(', ') }) });
  } else if (required) invalid.push({ name: 'kind', reason: msg('field.required') });
  for (const name of ['issuedOn', 'validUntil'] as const) {
    const value = fields[name]?.trim();
    if (value === undefined || value === '') {
      if (required) invalid.push({ name, reason: msg('document.date_required') });
    } else if (!isIsoDate(value)) invalid.push({ name, reason: msg('field.calendar_date') });
    else out[name] = value;
  }
  const issued = out.issuedOn ?? current?.issuedOn;
  const until = out.validUntil ?? current?.validUntil;
  if (issued && until && until < issued && !invalid.length)
    invalid.push({ name: 'validUntil', reason: msg('document.until_before_issued') });
  if (out.issuedOn && out.issuedOn > todayInAthens())
    invalid.push({ name: 'issuedOn', reason: msg('document.issued_in_future') });
  if (fields.referenceNumber !== undefined) {
    const ref = fields.referenceNumber?.trim() ?? '';
    if (ref.length > 100) invalid.push({ name: 'referenceNumber', reason: msg('field.max_length', { max: 100 }) });
    out.referenceNumber = ref === '' ? null : ref;
  }
  if (invalid.length) throw invalidBody(invalid);
  return out;
}

function metadataColumns(metadata: DocumentMetadata) {
  return {
    ...(metadata.kind ? { kind: metadata.kind } : {}),
    ...(metadata.issuedOn ? { issued_on: metadata.issuedOn } : {}),
    ...(metadata.validUntil ? { valid_until: metadata.validUntil } : {}),
    ...(metadata.referenceNumber !== undefined ? { reference_number: metadata.referenceNumber } : {}),
  };
}

export interface DocumentServiceDeps {
  db: Kysely<Database>;
  uploads: UploadStore;
  write: EnterpriseWriter;
  ownEnterprise: (actor: Actor, action: OwnAction) => Promise<{ id: string }>;
}

/**
 * Compliance documents (PDF certificates with the dates printed on them), their files
 * (old ones kept) and logos (issue 5). Files are checked by content, stored first, then
 * recorded in one transaction; if that fails the file goes too.
 */
export function createDocumentService({ db, uploads, write, ownEnterprise }: DocumentServiceDeps) {
  /** The columns of a stored file's row (document file or logo). */
  function storedRow<M extends string>(
    actor: Actor,
    enterpriseId: string,
    stored: StoredUpload,
    originalName: string,
    mediaType: M,
  ) {
    return {
      enterprise_id: enterpriseId,
      stored_name: stored.storedName,
      original_name: originalName,
      media_type: mediaType,
      size_bytes: stored.sizeBytes,
      sha256: stored.sha256,
      uploaded_by: actor.user!.id,
      uploaded_at: new Date().toISOString(),
    };
  }

  const storeFirst = <T>(
    area: 'documents' | 'logos',
    content: Buffer,
    extension: string,
    work: (stored: StoredUpload) => Promise<T>,
  ) => withStoredFile(uploads, area, content, extension, work);

  /** A document of the user's enterprise; another enterprise's is reported as not found. */
  async function ownDocument(actor: Actor, id: string, action: 'document.read' | 'document.write') {
    const document = await findDocument(db, id);
    if (!document) throw new NotFoundError('document');
    enforce(actor, action, { enterpriseId: document.enterpriseId }, 'document');
    return document;
  }

  async function currentView(enterpriseId: string, documentId: string): Promise<ComplianceDocumentView> {
    const [document] = await listDocuments(db, enterpriseId, documentId);
    return documentView(document!, todayInAthens(), MY_DOCUMENTS_BASE);
  }

  /** A stored file to send as a download: never rendered by the browser (the route sets attachment + nosniff). */
  async function documentFile(documentId: string, fileId: string) {
    const file = await findDocumentFile(db, documentId, fileId);
    if (!file) throw new NotFoundError('file');
    return {
      mediaType: file.media_type,
      contentDisposition: contentDisposition(file.original_name),
      sizeBytes: file.size_bytes,
      stream: () => uploads.open('documents', file.stored_name),
    };
  }

  return {
    async list(actor: Actor): Promise<ComplianceDocumentView[]> {
      const { id } = await ownEnterprise(actor, 'document.read');
      const today = todayInAthens();
      return (await listDocuments(db, id)).map((d) => documentView(d, today, MY_DOCUMENTS_BASE));
    },

    async create(actor: Actor, readUpload: ReadUpload): Promise<ComplianceDocumentView> {
      const { id: enterpriseId } = await ownEnterprise(actor, 'document.write');
      const { file, fields } = await readUpload(MAX_DOCUMENT_BYTES);
      const metadata = checkDocumentMetadata(fields, true);
      const mediaType = await requirePdf(file?.content);
      const documentId = randomUUID();
      const originalName = safeFileName(file!.fileName, mediaType, metadata.kind!);
      await storeFirst('documents', file!.content, EXTENSION_OF[mediaType], (stored) =>
        write.run(actor, async (w) => {
          await insertDocument(w.trx, {
            id: documentId,
            enterpriseId,
            kind: metadata.kind!,
            issuedOn: metadata.issuedOn!,
            validUntil: metadata.validUntil!,
            referenceNumber: metadata.referenceNumber ?? null,
          });
          await addDocumentFile(w.trx, {
            id: randomUUID(),
            document_id: documentId,
            ...storedRow(actor, enterpriseId, stored, originalName, mediaType),
          });
          await w.history({
            enterpriseId,
            resourceType: 'compliance_document',
            resourceId: documentId,
            action: 'create',
            changes: [
              { field: 'kind', before: null, after: metadata.kind! },
              { field: 'issuedOn', before: null, after: metadata.issuedOn! },
              { field: 'validUntil', before: null, after: metadata.validUntil! },
              { field: 'referenceNumber', before: null, after: metadata.referenceNumber ?? null },
              { field: 'file', before: null, after: `${originalName} (sha256 ${stored.sha256})` },
            ],
          });
          await w.audit({
            action: 'document.create',
            objectType: 'compliance_document',
            objectId: documentId,
            details: {
              enterpriseId,
              kind: metadata.kind,
              validUntil: metadata.validUntil,
              sha256: stored.sha256,
              sizeBytes: stored.sizeBytes,
            },
          });
        }),
      );
      return currentView(enterpriseId, documentId);
    },

    /** A new file for an existing document (a better scan, a corrected certificate); the old file is kept. */
    async replaceFile(actor: Actor, documentId: string, readUpload: ReadUpload): Promise<ComplianceDocumentView> {
      const { enterpriseId } = await ownDocument(actor, documentId, 'document.write');
      const [existing] = await listDocuments(db, enterpriseId, documentId);
      if (!existing) throw new NotFoundError('document');
      const { file, fields } = await readUpload(MAX_DOCUMENT_BYTES);
      const metadata = checkDocumentMetadata(fields, false, existing);
      const mediaType = await requirePdf(file?.content);
      const originalName = safeFileName(file!.fileName, mediaType, existing.kind);
      await storeFirst('documents', file!.content, EXTENSION_OF[mediaType], (stored) =>
        write.run(actor, async (w) => {
          const previousFileId = await addDocumentFile(w.trx, {
            id: randomUUID(),
            document_id: documentId,
            ...storedRow(actor, enterpriseId, stored, originalName, mediaType),
          });
          // A new file is a new certificate to check.
          await updateDocument(w.trx, documentId, { ...metadataColumns(metadata), verified_at: null });
          const previousFile = existing.files.find((f) => f.id === previousFileId);
          await w.history({
            enterpriseId,
            resourceType: 'compliance_document',
            resourceId: documentId,
            action: 'replace_file',
            changes: [
              {
                field: 'file',
                before: previousFile ? `${previousFile.original_name} (sha256 ${previousFile.sha256})` : null,
                after: `${originalName} (sha256 ${stored.sha256})`,
              },
              ...(metadata.kind ? [{ field: 'kind', before: existing.kind, after: metadata.kind }] : []),
              ...(metadata.issuedOn
                ? [{ field: 'issuedOn', before: existing.issuedOn, after: metadata.issuedOn }]
                : []),
              ...(metadata.validUntil
                ? [{ field: 'validUntil', before: existing.validUntil, after: metadata.validUntil }]
                : []),
              ...(metadata.referenceNumber !== undefined
                ? [{ field: 'referenceNumber', before: existing.referenceNumber, after: metadata.referenceNumber }]
                : []),
            ],
          });
          await w.audit({
            action: 'document.replace_file',
            objectType: 'compliance_document',
            objectId: documentId,
            details: { enterpriseId, previousFileId, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
          });
        }),
      );
      return currentView(enterpriseId, documentId);
    },

    /**
     * Corrects the metadata (kind, dates, reference) without a new file: not moderated, but
     * recorded. A changed fact is no longer what staff checked, so it clears the document's
     * verification (issue 15, item 4: a verified clearance «valid until 2099» was ready to award).
     */
    async updateMetadata(
      actor: Actor,
      documentId: string,
      body: Record<string, string | null | undefined>,
    ): Promise<ComplianceDocumentView> {
      const { enterpriseId } = await ownDocument(actor, documentId, 'document.write');
      const [existing] = await listDocuments(db, enterpriseId, documentId);
      if (!existing) throw new NotFoundError('document');
      const metadata = checkDocumentMetadata(body, false, existing);
      await write.run(actor, async (w) => {
        const changes = [
          { field: 'kind', before: existing.kind, after: metadata.kind ?? existing.kind },
          { field: 'issuedOn', before: existing.issuedOn, after: metadata.issuedOn ?? existing.issuedOn },
          { field: 'validUntil', before: existing.validUntil, after: metadata.validUntil ?? existing.validUntil },
          {
            field: 'referenceNumber',
            before: existing.referenceNumber,
            after: metadata.referenceNumber === undefined ? existing.referenceNumber : metadata.referenceNumber,
          },
        ];
        const factChanged = changes.some((c) => c.before !== c.after);
        const unverify = factChanged && existing.verifiedAt !== null;
        await updateDocument(w.trx, documentId, {
          ...metadataColumns(metadata),
          ...(unverify ? { verified_at: null, verified_by: null } : {}),
        });
        const changed = await w.history({
          enterpriseId,
          resourceType: 'compliance_document',
          resourceId: documentId,
          action: 'update',
          changes: [
            ...changes,
            ...(unverify ? [{ field: 'verifiedAt', before: existing.verifiedAt, after: null }] : []),
          ],
        });
        if (changed) {
          await w.audit({
            action: 'document.update',
            objectType: 'compliance_document',
            objectId: documentId,
            details: {
              enterpriseId,
              fields: Object.keys(metadata),
              verificationCleared: unverify,
              previousVerifiedAt: unverify ? existing.verifiedAt : undefined,
            },
          });
        }
      });
      return currentView(enterpriseId, documentId);
    },

    /** A file of one of my enterprise's documents. */
    async myFile(actor: Actor, documentId: string, fileId: string) {
      const document = await ownDocument(actor, documentId, 'document.read');
      return documentFile(document.id, fileId);
    },

    /** A file of a document of the enterprise `slug` (staff). */
    async enterpriseFile(actor: Actor, slug: string, documentId: string, fileId: string) {
      const row = await findEnterprise(db, { slug });
      if (!row) throw new NotFoundError('enterprise');
      enforce(actor, 'enterprise.read_private', { enterpriseId: row.id }, 'enterprise');
      const document = await findDocument(db, documentId);
      if (!document || document.enterpriseId !== row.id) throw new NotFoundError('document');
      enforce(actor, 'document.read', { enterpriseId: document.enterpriseId }, 'document');
      return documentFile(document.id, fileId);
    },

    /** Stores an uploaded logo (not yet shown: the enterprise proposes it with PATCH logoId). */
    async uploadLogo(actor: Actor, readUpload: ReadUpload) {
      const { id: enterpriseId } = await ownEnterprise(actor, 'enterprise.propose_change');
      const { file } = await readUpload(MAX_LOGO_BYTES);
      if (!file || file.content.length === 0) throw invalidBody([{ name: 'file', reason: msg('logo.required') }]);
      const mediaType = detectLogo(file.content);
      if (!mediaType) throw unsupportedMediaType('logo.not_image');
      const id = randomUUID();
      const originalName = safeFileName(file.fileName, mediaType, 'logo');
      const stored = await storeFirst('logos', file.content, EXTENSION_OF[mediaType], async (s) => {
        await write.run(actor, async (w) => {
          await insertLogo(w.trx, { id, ...storedRow(actor, enterpriseId, s, originalName, mediaType) });
          await w.history({
            enterpriseId,
            resourceType: 'logo',
            resourceId: id,
            action: 'upload',
            changes: [{ field: 'file', before: null, after: `${originalName} (sha256 ${s.sha256})` }],
          });
          await w.audit({
            action: 'logo.upload',
            objectType: 'logo',
            objectId: id,
            details: { enterpriseId, sha256: s.sha256, sizeBytes: s.sizeBytes },
          });
        });
        return s;
      });
      return { logoId: id, url: `/api/v1/logos/${id}`, mediaType, sizeBytes: stored.sizeBytes, sha256: stored.sha256 };
    },

    /** A logo: public once approved on a published enterprise; a proposed one only for the enterprise and staff. */
    async logo(actor: Actor, id: string) {
      const logo = await findLogo(db, id);
      if (!logo) throw new NotFoundError('logo');
      const owner = await findEnterprise(db, { id: logo.enterprise_id });
      const isPublic = owner?.logo_id === logo.id && owner.status === 'published';
      if (
        !isPublic &&
        authorize(actor.user, 'enterprise.read_private', { enterpriseId: logo.enterprise_id }) !== 'allow'
      )
        throw new NotFoundError('logo');
      return {
        isPublic,
        mediaType: logo.media_type,
        sizeBytes: logo.size_bytes,
        stream: () => uploads.open('logos', logo.stored_name),
      };
    },
  };
}
