import type {
  ComplianceOverview,
  EnterpriseStatus,
  Lang,
  NewEnterprise,
  ProfilePatch,
  StaffEnterprise,
} from '../../../api/contract.ts';
import { apiRequest, query, segment } from '../../shared/api-client.ts';

/** Thin typed calls for staff work on any enterprise: records, verification, history, compliance overview. */

/** The route's StaffListSchema and HistoryEntrySchema are not exported yet: keep these in step with them. */
export interface StaffEnterpriseListItem {
  id: string;
  slug: string;
  name: string;
  legalName: string;
  afm: string;
  status: EnterpriseStatus;
  verification: { verifiedAt: string | null; assuredDate: string | null; stale: boolean };
  pendingChangeRequests: number;
}
export interface HistoryItem {
  id: number;
  resource_id: string;
  resource_type: string;
  field_name: string;
  previous_value: string | null;
  replacement_value: string | null;
  updated_by_name: string | null;
  last_action_date: string;
  last_action_type: string;
}

/** The register's answer: its list, and for words what the directory search offers beyond it (issue 12). */
export interface StaffEnterpriseList {
  items: StaffEnterpriseListItem[];
  matchedCategories: Array<{ id: string; name: string; count: number }>;
  suggestions: Array<{ q: string; total: number }>;
}

export const listStaffEnterprises = (q: string, category = '', lang?: Lang) =>
  apiRequest<StaffEnterpriseList>('GET', `/api/v1/staff/enterprises${query({ q, category, lang })}`);
export const getStaffEnterprise = (slug: string) =>
  apiRequest<StaffEnterprise>('GET', `/api/v1/staff/enterprises/${segment(slug)}`);
export const verifyEnterprise = (slug: string) =>
  apiRequest<StaffEnterprise>('POST', `/api/v1/enterprises/${segment(slug)}/verify`);
export type StatutesFacts = Omit<StaffEnterprise['statutes'], 'verifiedAt' | 'verifiedBy'>;
export const saveStatutes = (slug: string, facts: StatutesFacts, etag: string) =>
  apiRequest<StaffEnterprise>('PUT', `/api/v1/staff/enterprises/${segment(slug)}/statutes`, facts, { ifMatch: etag });
export const verifyDocument = (slug: string, documentId: string) =>
  apiRequest<StaffEnterprise>(
    'POST',
    `/api/v1/staff/enterprises/${segment(slug)}/documents/${segment(documentId)}/verify`,
  );
export const getHistory = (slug: string) =>
  apiRequest<{ items: HistoryItem[]; total: number }>(
    'GET',
    `/api/v1/enterprises/${segment(slug)}/history?pageSize=100`,
  );
export const getComplianceOverview = (attention: boolean) =>
  apiRequest<ComplianceOverview>('GET', `/api/v1/compliance/overview${query({ attention: attention || undefined })}`);

/** Staff register an enterprise (a draft unless `status` says otherwise). */
export const createEnterprise = (enterprise: NewEnterprise) =>
  apiRequest<StaffEnterprise>('POST', '/api/v1/staff/enterprises', enterprise);
export const patchStaffEnterprise = (slug: string, changes: ProfilePatch, etag: string) =>
  apiRequest<StaffEnterprise>('PATCH', `/api/v1/staff/enterprises/${segment(slug)}`, changes, { ifMatch: etag });
/** Publish in the directory, or hide from it. */
export const setEnterpriseStatus = (slug: string, action: 'publish' | 'hide') =>
  apiRequest<StaffEnterprise>('POST', `/api/v1/staff/enterprises/${segment(slug)}/${action}`);
