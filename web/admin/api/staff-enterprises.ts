import type { ComplianceOverview, StaffEnterprise } from '../../../api/contract.ts';
import { apiRequest, query, segment } from '../../shared/api-client.ts';

/** Thin typed calls for staff work on any enterprise: records, verification, history, compliance overview. */

/** The route's StaffListSchema and HistoryEntrySchema are not exported yet: keep these in step with them. */
export interface StaffEnterpriseListItem {
  id: string;
  slug: string;
  name: string;
  status: string;
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

export const listStaffEnterprises = (q: string) => apiRequest<{ items: StaffEnterpriseListItem[] }>('GET', `/api/v1/staff/enterprises${query({ q })}`);
export const getStaffEnterprise = (slug: string) => apiRequest<StaffEnterprise>('GET', `/api/v1/staff/enterprises/${segment(slug)}`);
export const verifyEnterprise = (slug: string) => apiRequest<StaffEnterprise>('POST', `/api/v1/enterprises/${segment(slug)}/verify`);
export const getHistory = (slug: string) => apiRequest<{ items: HistoryItem[]; total: number }>('GET', `/api/v1/enterprises/${segment(slug)}/history?pageSize=100`);
export const getComplianceOverview = (attention: boolean) =>
  apiRequest<ComplianceOverview>('GET', `/api/v1/compliance/overview${query({ attention: attention || undefined })}`);
