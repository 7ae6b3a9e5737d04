import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { HttpProblem } from '../../http/errors.ts';
import { addDays } from '../../domain/eligibility-format.ts';
import { AWARD_RULES } from '../../domain/award-rules-config.ts';
import { EMPTY_SERVICE, PROFILE_FIELDS, profileValuesOf, verificationState, type ProfileField } from '../../domain/profile-changes.ts';
import type { ChangeRequestRecord } from '../../repositories/change-requests.ts';
import { findPending, pendingServiceRequests, requestRevision } from '../../repositories/change-requests.ts';
import type { DocumentRecord } from '../../repositories/documents.ts';
import { loadServices, type EnterpriseRow } from '../../repositories/enterprise-profile.ts';
import type { ComplianceDocumentView, MyEnterprise, MyService, ProfileValuesBody, ServiceValuesBody } from './schemas.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Today in Athens (YYYY-MM-DD): certificates are dated in local days. */
export function athensToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Strong ETags. The enterprise's own view changes when the row changes (version) and when
 * a proposal is filed (revision), so a second tab holding an older copy gets a 412. Staff
 * edit the row itself: its version alone.
 */
export const myEnterpriseEtag = (version: number, revision: number) => `"my-enterprise-v${version}-r${revision}"`;
export const myServiceEtag = (version: number, revision: number) => `"my-service-v${version}-r${revision}"`;
export const staffEnterpriseEtag = (version: number) => `"enterprise-v${version}"`;

/**
 * DESIGN §7: a write needs the ETag the client read. No If-Match → 428; another one → 412
 * with the current representation (and its ETag) in the body, so the client can show the
 * conflict and reload without losing what the user typed.
 */
export async function requireIfMatch(request: FastifyRequest, currentEtag: string, current: () => Promise<unknown>): Promise<void> {
  const header = request.headers['if-match'];
  if (!header) {
    throw new HttpProblem(428, 'precondition_required', 'Precondition required', 'Send the If-Match header with the ETag you read.', {
      currentEtag,
    });
  }
  const sent = String(header)
    .split(',')
    .map((t) => t.trim());
  if (!sent.includes(currentEtag)) {
    throw new HttpProblem(412, 'precondition_failed', 'Precondition failed', 'Someone changed this since you read it: reload it and apply your changes again.', {
      currentEtag,
      current: await current(),
    });
  }
}

export function moderationMap(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(PROFILE_FIELDS)) {
    out[name] =
      spec.moderation === 'always'
        ? 'moderated'
        : spec.moderation === 'staff_only'
          ? 'staff_only'
          : spec.moderation === 'flag'
            ? 'moderated_when_shown'
            : 'moderated_when_public';
  }
  return out;
}

export function summaryOf(cr: ChangeRequestRecord) {
  return {
    id: cr.id,
    kind: cr.kind,
    targetId: cr.targetId,
    status: cr.status,
    proposed: cr.proposed,
    applied: cr.applied,
    reviewComment: cr.reviewComment,
    createdAt: cr.createdAt,
    reviewedAt: cr.reviewedAt,
  };
}

export function logoUrl(row: EnterpriseRow): string | null {
  return row.logo_id ? `/api/v1/logos/${row.logo_id}` : null;
}

export async function myEnterpriseView(db: Db, row: EnterpriseRow, today: string): Promise<MyEnterprise> {
  const pending = await findPending(db, row.id, 'profile', null);
  const revision = await requestRevision(db, row.id, 'profile', null);
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    etag: myEnterpriseEtag(row.version, revision),
    profile: profileValuesOf(row) as unknown as ProfileValuesBody,
    logoUrl: logoUrl(row),
    verification: verificationState(row.verified_at, today),
    pendingChange: pending ? summaryOf(pending) : null,
    moderation: moderationMap(),
    updatedAt: row.updated_at,
  };
}

export async function myServiceViews(db: Db, enterpriseId: string, onlyId?: string): Promise<MyService[]> {
  const services = await loadServices(db, enterpriseId, onlyId);
  const pending = (await pendingServiceRequests(db, enterpriseId)).filter((cr) => !onlyId || cr.targetId === onlyId);
  const views: MyService[] = [];
  for (const service of services) {
    const cr = pending.find((p) => p.targetId === service.id);
    views.push({
      id: service.id,
      published: true,
      version: service.version,
      etag: myServiceEtag(service.version, await requestRevision(db, enterpriseId, 'service', service.id)),
      values: service.values as unknown as ServiceValuesBody,
      pendingChange: cr ? summaryOf(cr) : null,
    });
  }
  // New services exist only as a proposal until approved.
  for (const cr of pending) {
    if (!cr.targetId || services.some((s) => s.id === cr.targetId)) continue;
    views.push({
      id: cr.targetId,
      published: false,
      version: 0,
      etag: myServiceEtag(0, await requestRevision(db, enterpriseId, 'service', cr.targetId)),
      values: { ...(EMPTY_SERVICE as unknown as ServiceValuesBody), ...(cr.proposed as Partial<ServiceValuesBody>) },
      pendingChange: summaryOf(cr),
    });
  }
  return views;
}

/** Within this many days of valid_until a document shows as expiring: the eligibility engine's window. */
export const EXPIRY_WARNING_DAYS = AWARD_RULES.clearances.expiryWarningDays;

export function documentState(validUntil: string, today: string): 'valid' | 'expiring' | 'expired' {
  if (validUntil < today) return 'expired';
  return validUntil < addDays(today, EXPIRY_WARNING_DAYS + 1) ? 'expiring' : 'valid';
}

export function documentView(document: DocumentRecord, today: string, downloadBase: string): ComplianceDocumentView {
  return {
    id: document.id,
    kind: document.kind,
    issuedOn: document.issuedOn,
    validUntil: document.validUntil,
    referenceNumber: document.referenceNumber,
    verifiedAt: document.verifiedAt,
    state: documentState(document.validUntil, today),
    files: document.files.map((f) => ({
      id: f.id,
      originalName: f.original_name,
      mediaType: f.media_type,
      sizeBytes: f.size_bytes,
      sha256: f.sha256,
      uploadedAt: f.uploaded_at,
      current: f.replaced_by_file_id === null,
      downloadUrl: `${downloadBase}/${document.id}/files/${f.id}`,
    })),
  };
}

export type { ProfileField };
