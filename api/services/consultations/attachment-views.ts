import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { AttachmentView } from '../../http/consultation-schemas.ts';
import { listOfferAttachments } from '../../repositories/consultation-offers.ts';
import { listConsultationAttachments, type ConsultationAttachmentRow } from '../../repositories/consultations.ts';

export const STAFF_BASE = '/api/v1/consultations';
export const MY_BASE = '/api/v1/my/consultations';

/** A stored PDF of a request (the call's or an offer's), as a row. */
export type FileRow = Omit<ConsultationAttachmentRow, 'consultation_id'>;

export function attachmentView(row: FileRow, url: string): AttachmentView {
  return { id: row.id, fileName: row.original_name, sizeBytes: row.size_bytes, uploadedAt: row.uploaded_at, url };
}

/** The call's files, with the download address of the side that reads them. */
export async function callAttachmentViews(
  db: Kysely<Database>,
  consultationId: string,
  side: 'staff' | 'enterprise',
): Promise<AttachmentView[]> {
  const base = `${side === 'staff' ? STAFF_BASE : MY_BASE}/${consultationId}/attachments`;
  return (await listConsultationAttachments(db, consultationId)).map((f) => attachmentView(f, `${base}/${f.id}`));
}

/** An offer's files. SEALED like the offer: only after sealing.ts said this viewer may read it. */
export async function offerAttachmentViews(
  db: Kysely<Database>,
  offer: { id: string; consultationId: string },
  side: 'staff' | 'enterprise',
): Promise<AttachmentView[]> {
  const base =
    side === 'staff'
      ? `${STAFF_BASE}/${offer.consultationId}/offers/${offer.id}/attachments`
      : `${MY_BASE}/${offer.consultationId}/offer/attachments`;
  return (await listOfferAttachments(db, offer.id)).map((f) => attachmentView(f, `${base}/${f.id}`));
}
