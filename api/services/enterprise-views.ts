import type { Kysely, Transaction } from 'kysely';
import { statutesFactsOf, userName } from '../repositories/statutes-facts.ts';
import type { Database } from '../../db/schema.ts';
import { documentState } from '../domain/compliance-documents.ts';
import { EMPTY_SERVICE, PROFILE_FIELDS, profileValuesOf, verificationState } from '../domain/profile-changes.ts';
import type {
  ComplianceDocumentView,
  MyEnterprise,
  MyService,
  ProfileValuesBody,
  ServiceValuesBody,
  StaffEnterprise,
} from '../http/enterprise-schemas.ts';
import {
  findPending,
  listChangeRequests,
  pendingServiceRequests,
  requestRevision,
  type ChangeRequestRecord,
} from '../repositories/change-requests.ts';
import { listDocuments, type DocumentRecord } from '../repositories/documents.ts';
import { loadServices, type EnterpriseRow } from '../repositories/enterprise-profile.ts';

/** What the enterprise's own pages and staff see of an enterprise (issue 5), with their ETags. */

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Strong ETags. The enterprise's own view changes when the row changes (version) and when
 * a proposal is filed (revision), so a second tab holding an older copy gets a 412. Staff
 * edit the row itself: its version alone.
 */
export const myEnterpriseEtag = (version: number, revision: number) => `"my-enterprise-v${version}-r${revision}"`;
export const myServiceEtag = (version: number, revision: number) => `"my-service-v${version}-r${revision}"`;
export const staffEnterpriseEtag = (version: number) => `"enterprise-v${version}"`;

export const MY_DOCUMENTS_BASE = '/api/v1/my/enterprise/documents';
export const staffDocumentsBase = (slug: string) => `/api/v1/staff/enterprises/${slug}/documents`;

/** Per field: `moderated` (waits for staff), `moderated_when_public`, `moderated_when_shown`, `staff_only`. */
function moderationMap(): Record<string, string> {
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

function summaryOf(cr: ChangeRequestRecord) {
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

/** The full private record as staff see it. */
export async function staffEnterpriseView(db: Db, row: EnterpriseRow, today: string): Promise<StaffEnterprise> {
  const { total } = await listChangeRequests(db, { status: 'pending', enterpriseId: row.id }, { limit: 1, offset: 0 });
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    etag: staffEnterpriseEtag(row.version),
    profile: profileValuesOf(row) as unknown as ProfileValuesBody,
    logoUrl: logoUrl(row),
    verification: verificationState(row.verified_at, today),
    pendingChangeRequests: total,
    services: (await loadServices(db, row.id)).map((s) => ({
      id: s.id,
      version: s.version,
      values: s.values as unknown as ServiceValuesBody,
    })),
    documents: (await listDocuments(db, row.id)).map((d) => documentView(d, today, staffDocumentsBase(row.slug))),
    statutes: {
      ...statutesFactsOf(row),
      verifiedAt: row.statutes_verified_at,
      verifiedBy: await userName(db, row.statutes_verified_by),
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
