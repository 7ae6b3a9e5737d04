import { randomUUID } from 'node:crypto';
import { auditActorOf, type Actor } from '../../domain/actor.ts';
import { CONSULTATION_RULES } from '../../domain/consultations/consultation-config.ts';
import { checkCallFilesChangeable } from '../../domain/consultations/consultation-status.ts';
import { checkOfferAction } from '../../domain/consultations/offer-rules.ts';
import { problem } from '../../domain/consultations/problems.ts';
import { mayReadOffer, offerAuditDetails } from '../../domain/consultations/sealing.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { AttachmentView } from '../../http/consultation-schemas.ts';
import type { StoredFileDownload } from '../../http/downloads.ts';
import { recordAudit } from '../../repositories/audit-log.ts';
import {
  deleteOfferAttachment,
  findOfferAttachment,
  findOfferById,
  insertOfferAttachment,
  listOfferAttachments,
} from '../../repositories/consultation-offers.ts';
import {
  deleteConsultationAttachment,
  findConsultationAttachment,
  getConsultation,
  insertConsultationAttachment,
  listConsultationAttachments,
} from '../../repositories/consultations.ts';
import { contentDisposition, EXTENSION_OF, safeFileName } from '../../uploads/file-types.ts';
import type { StoredUpload, UploadStore } from '../../uploads/upload-store.ts';
import type { Clock } from '../logger.ts';
import { MAX_DOCUMENT_BYTES, requirePdf, withStoredFile, type ReadUpload } from '../pdf-upload.ts';
import { requireStaff } from './consultation-service.ts';
import { attachmentView, MY_BASE, STAFF_BASE, type FileRow } from './attachment-views.ts';
import { createParticipation, enterpriseOf, type ParticipationDeps } from './participation.ts';
import { refuseIf } from './rule-errors.ts';

const AREA = 'consultations';

export interface AttachmentServiceDeps extends ParticipationDeps {
  clock: Clock;
  uploads: UploadStore;
}

const tooMany = (max: number) => problem(409, 'too_many_files', 'file', `Έως ${max} αρχεία.`, `At most ${max} files.`);

/**
 * PDF files of requests for quotes (issue 13), under the compliance documents' upload rules
 * (pdf-upload.ts): the call's specifications and terms (staff, while a draft or open; every
 * invitee downloads them) and an offer's files (its enterprise, until the deadline). An offer's
 * files are sealed like the offer: staff download them only once the offers are opened, and no
 * other enterprise ever (404, as if they did not exist). Audit rows carry ids only — no file
 * name, no enterprise — so the audit view tells nothing before the deadline.
 */
export function createAttachmentService(deps: AttachmentServiceDeps) {
  const { db, clock, uploads } = deps;
  const participation = createParticipation(deps);

  function download(row: FileRow): StoredFileDownload {
    return {
      mediaType: row.media_type,
      contentDisposition: contentDisposition(row.original_name),
      sizeBytes: row.size_bytes,
      stream: () => uploads.open(AREA, row.stored_name),
    };
  }

  /** Reads and checks the PDF, stores it, then runs `record` with the row's columns. */
  async function storePdf<T>(
    actor: Actor,
    readUpload: ReadUpload,
    record: (columns: FileRow, stored: StoredUpload) => Promise<T>,
  ): Promise<T> {
    const { file } = await readUpload(MAX_DOCUMENT_BYTES);
    const mediaType = await requirePdf(file?.content);
    const fileName = safeFileName(file!.fileName, mediaType, 'attachment');
    return withStoredFile(uploads, AREA, file!.content, EXTENSION_OF[mediaType], (stored) =>
      record(
        {
          id: randomUUID(),
          stored_name: stored.storedName,
          original_name: fileName,
          media_type: mediaType,
          size_bytes: stored.sizeBytes,
          sha256: stored.sha256,
          uploaded_by: actor.user!.id,
          uploaded_at: clock().toISOString(),
        },
        stored,
      ),
    );
  }

  async function staffConsultation(actor: Actor, id: string) {
    requireStaff(actor);
    await deps.closeDue();
    const record = await getConsultation(db, id);
    if (!record) throw new NotFoundError('consultation');
    return record;
  }

  /** The enterprise's standing offer, open for changes (the offer window and If-Match-free checks). */
  async function changeableOffer(actor: Actor, id: string) {
    const enterpriseId = enterpriseOf(actor);
    const p = await participation(enterpriseId, id);
    refuseIf(
      checkOfferAction(
        'change',
        {
          consultation: { status: p.consultation.status, deadline: p.deadline },
          mayTakePart: true,
          declined: p.invitation?.declined_at != null,
          existing: p.offer ? { state: p.offer.state, version: p.offer.version } : null,
          ifMatchVersion: p.offer?.version ?? null,
        },
        clock(),
      ),
      actor.lang,
    );
    return { enterpriseId, offer: p.offer! };
  }

  return {
    // --- Staff: the call's files -------------------------------------------------------------

    async addCallFile(actor: Actor, id: string, readUpload: ReadUpload): Promise<AttachmentView> {
      const record = await staffConsultation(actor, id);
      refuseIf([checkCallFilesChangeable(record, clock(), 'add')], actor.lang);
      const max = CONSULTATION_RULES.limits.maxCallFiles;
      if ((await listConsultationAttachments(db, id)).length >= max) refuseIf([tooMany(max)], actor.lang);
      const row = await storePdf(actor, readUpload, (columns, stored) =>
        db.transaction().execute(async (trx) => {
          await insertConsultationAttachment(trx, { ...columns, consultation_id: id });
          await recordAudit(trx, auditActorOf(actor), {
            action: 'consultation.attachment.add',
            objectType: 'consultation',
            objectId: id,
            details: { attachmentId: columns.id, fileName: columns.original_name, sha256: stored.sha256 },
          });
          return columns;
        }),
      );
      return attachmentView(row, `${STAFF_BASE}/${id}/attachments/${row.id}`);
    },

    async removeCallFile(actor: Actor, id: string, fileId: string): Promise<void> {
      const record = await staffConsultation(actor, id);
      const row = await findConsultationAttachment(db, id, fileId);
      if (!row) throw new NotFoundError('file');
      refuseIf([checkCallFilesChangeable(record, clock(), 'remove')], actor.lang);
      await db.transaction().execute(async (trx) => {
        await deleteConsultationAttachment(trx, id, fileId);
        await recordAudit(trx, auditActorOf(actor), {
          action: 'consultation.attachment.remove',
          objectType: 'consultation',
          objectId: id,
          details: { attachmentId: fileId, fileName: row.original_name },
        });
      });
      await uploads.remove(AREA, row.stored_name);
    },

    async callFile(actor: Actor, id: string, fileId: string): Promise<StoredFileDownload> {
      await staffConsultation(actor, id);
      const row = await findConsultationAttachment(db, id, fileId);
      if (!row) throw new NotFoundError('file');
      return download(row);
    },

    /** An offer's file for staff: only once the offers are opened (after the deadline), else 404. */
    async offerFile(actor: Actor, id: string, offerId: string, fileId: string): Promise<StoredFileDownload> {
      const record = await staffConsultation(actor, id);
      const offer = await findOfferById(db, offerId);
      if (!offer || offer.consultationId !== id || record.deadline === null) throw new NotFoundError('file');
      const facts = { deadline: record.deadline, cancelledAt: record.cancelledAt };
      if (!mayReadOffer({ kind: 'staff' }, facts, offer, clock())) throw new NotFoundError('file');
      const row = await findOfferAttachment(db, offerId, fileId);
      if (!row) throw new NotFoundError('file');
      return download(row);
    },

    // --- Enterprises: the call's files, their own offer's files -------------------------------

    async myCallFile(actor: Actor, id: string, fileId: string): Promise<StoredFileDownload> {
      await participation(enterpriseOf(actor), id);
      const row = await findConsultationAttachment(db, id, fileId);
      if (!row) throw new NotFoundError('file');
      return download(row);
    },

    async addOfferFile(actor: Actor, id: string, readUpload: ReadUpload): Promise<AttachmentView> {
      const { enterpriseId, offer } = await changeableOffer(actor, id);
      const max = CONSULTATION_RULES.limits.maxOfferFiles;
      if ((await listOfferAttachments(db, offer.id)).length >= max) refuseIf([tooMany(max)], actor.lang);
      const row = await storePdf(actor, readUpload, (columns) =>
        db.transaction().execute(async (trx) => {
          await insertOfferAttachment(trx, {
            ...columns,
            offer_id: offer.id,
            consultation_id: id,
            enterprise_id: enterpriseId,
          });
          await recordAudit(trx, auditActorOf(actor), {
            action: 'consultation.offer.attachment.add',
            objectType: 'consultation',
            objectId: id,
            details: { ...offerAuditDetails(offer), attachmentId: columns.id },
          });
          return columns;
        }),
      );
      return attachmentView(row, `${MY_BASE}/${id}/offer/attachments/${row.id}`);
    },

    async removeOfferFile(actor: Actor, id: string, fileId: string): Promise<void> {
      const { offer } = await changeableOffer(actor, id);
      const row = await findOfferAttachment(db, offer.id, fileId);
      if (!row) throw new NotFoundError('file');
      await db.transaction().execute(async (trx) => {
        await deleteOfferAttachment(trx, offer.id, fileId);
        await recordAudit(trx, auditActorOf(actor), {
          action: 'consultation.offer.attachment.remove',
          objectType: 'consultation',
          objectId: id,
          details: { ...offerAuditDetails(offer), attachmentId: fileId },
        });
      });
      await uploads.remove(AREA, row.stored_name);
    },

    /** Its own offer's file, before the deadline and after (withdrawn or not). */
    async myOfferFile(actor: Actor, id: string, fileId: string): Promise<StoredFileDownload> {
      const { offer } = await participation(enterpriseOf(actor), id);
      const row = offer ? await findOfferAttachment(db, offer.id, fileId) : undefined;
      if (!row) throw new NotFoundError('file');
      return download(row);
    },
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
