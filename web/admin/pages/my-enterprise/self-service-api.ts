import type { Static } from 'typebox';
import { apiRequest, ProblemError, type InvalidParam } from '../../api/http.ts';
import type { ComplianceDocumentView, MyEnterprise, MyService, ProfilePatch, ServicePatch, SubmitResult } from '../../../../api/contract.ts';
import type { ChangeRequestDetail, ChangeRequestView } from '../../../../api/contract.ts';
import type { ComplianceOverview } from '../../../../api/contract.ts';
import type { StaffEnterpriseSchema } from '../../../../api/contract.ts';

/**
 * Thin typed calls for self-service and moderation (issue 5). Types come from the server's
 * TypeBox contract. Writes carry the ETag read (If-Match); a 412 arrives as a ProblemError
 * whose body holds `current` (the server's version) and `currentEtag`.
 */

export type { ChangeRequestDetail, ChangeRequestView, ComplianceDocumentView, ComplianceOverview, MyEnterprise, MyService, ProfilePatch, ServicePatch, SubmitResult };
export type StaffEnterprise = Static<typeof StaffEnterpriseSchema>;
export { ProblemError };

let csrf: string | null = null;
async function csrfToken(): Promise<string> {
  if (!csrf) csrf = (await apiRequest<{ csrfToken: string }>('GET', '/api/v1/auth/session')).csrfToken;
  return csrf;
}

async function send<T>(method: 'POST' | 'PATCH' | 'DELETE', url: string, options: { json?: unknown; form?: FormData; ifMatch?: string }): Promise<{ data: T; etag: string | null }> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': document.documentElement.lang || 'el', 'x-csrf-token': await csrfToken() };
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, { method, headers, credentials: 'same-origin', body: options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json)) });
  } catch {
    throw new ProblemError(0, 'network', document.documentElement.lang === 'en' ? 'No connection to the server.' : 'Δεν υπάρχει σύνδεση με τον διακομιστή.');
  }
  const data = response.status === 204 ? {} : ((await response.json().catch(() => ({}))) as Record<string, unknown>);
  if (!response.ok) {
    throw new ProblemError(response.status, String(data.code ?? 'error'), String(data.detail ?? data.title ?? response.statusText), (data.invalidParams as InvalidParam[]) ?? [], data);
  }
  return { data: data as T, etag: response.headers.get('etag') };
}

export const getMyEnterprise = () => apiRequest<MyEnterprise>('GET', '/api/v1/my/enterprise');
export const patchMyEnterprise = (changes: ProfilePatch, etag: string) => send<SubmitResult>('PATCH', '/api/v1/my/enterprise', { json: changes, ifMatch: etag });
export const uploadLogo = (form: FormData) => send<{ logoId: string; url: string }>('POST', '/api/v1/my/enterprise/logo', { form });

export const listMyServices = () => apiRequest<{ items: MyService[] }>('GET', '/api/v1/my/enterprise/services');
export const createService = (values: ServicePatch) => send<SubmitResult & { serviceId: string }>('POST', '/api/v1/my/enterprise/services', { json: values });
export const patchService = (id: string, changes: ServicePatch, etag: string) => send<SubmitResult>('PATCH', `/api/v1/my/enterprise/services/${id}`, { json: changes, ifMatch: etag });
export const deleteService = (id: string, etag: string) => send<unknown>('DELETE', `/api/v1/my/enterprise/services/${id}`, { ifMatch: etag });

export const listMyDocuments = () => apiRequest<{ items: ComplianceDocumentView[] }>('GET', '/api/v1/my/enterprise/documents');
export const uploadDocument = (form: FormData) => send<ComplianceDocumentView>('POST', '/api/v1/my/enterprise/documents', { form });
export const replaceDocumentFile = (id: string, form: FormData) => send<ComplianceDocumentView>('POST', `/api/v1/my/enterprise/documents/${id}/file`, { form });

export const listChangeRequests = (status?: string) =>
  apiRequest<{ items: ChangeRequestView[]; total: number }>('GET', `/api/v1/change-requests${status ? `?status=${status}` : ''}`);
export const getChangeRequest = (id: string) => apiRequest<ChangeRequestDetail>('GET', `/api/v1/change-requests/${id}`);
export const approveChangeRequest = (id: string, body: { corrections?: Record<string, unknown>; comment?: string }) =>
  send<ChangeRequestDetail>('POST', `/api/v1/change-requests/${id}/approve`, { json: body });
export const rejectChangeRequest = (id: string, comment: string) => send<ChangeRequestDetail>('POST', `/api/v1/change-requests/${id}/reject`, { json: { comment } });

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
export const listStaffEnterprises = (q: string) => apiRequest<{ items: StaffEnterpriseListItem[] }>('GET', `/api/v1/staff/enterprises${q ? `?q=${encodeURIComponent(q)}` : ''}`);
export const getStaffEnterprise = (slug: string) => apiRequest<StaffEnterprise>('GET', `/api/v1/staff/enterprises/${slug}`);
export const verifyEnterprise = (slug: string) => send<StaffEnterprise>('POST', `/api/v1/enterprises/${slug}/verify`, {});
export const getHistory = (slug: string) => apiRequest<{ items: HistoryItem[]; total: number }>('GET', `/api/v1/enterprises/${slug}/history?pageSize=100`);
export const getComplianceOverview = (attention: boolean) => apiRequest<ComplianceOverview>('GET', `/api/v1/compliance/overview${attention ? '?attention=true' : ''}`);
