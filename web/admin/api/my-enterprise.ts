import type {
  ComplianceDocumentView,
  MyEnterprise,
  MyService,
  ProfilePatch,
  ServicePatch,
  SubmitResult,
} from '../../../api/contract.ts';
import { apiRequest, segment } from '../../shared/api-client.ts';

/**
 * Thin typed calls for an enterprise's own record, /api/v1/my/enterprise (issue 5). Writes carry
 * the ETag read (If-Match); a 412 arrives as a ProblemError whose body holds `current` (the
 * server's version) and `currentEtag`.
 */

const BASE = '/api/v1/my/enterprise';

export const getMyEnterprise = () => apiRequest<MyEnterprise>('GET', BASE);
export const patchMyEnterprise = (changes: ProfilePatch, etag: string) =>
  apiRequest<SubmitResult>('PATCH', BASE, changes, { ifMatch: etag });
export const uploadLogo = (form: FormData) => apiRequest<{ logoId: string; url: string }>('POST', `${BASE}/logo`, form);

export const listMyServices = () => apiRequest<{ items: MyService[] }>('GET', `${BASE}/services`);
export const createService = (values: ServicePatch) =>
  apiRequest<SubmitResult & { serviceId: string }>('POST', `${BASE}/services`, values);
export const patchService = (id: string, changes: ServicePatch, etag: string) =>
  apiRequest<SubmitResult>('PATCH', `${BASE}/services/${segment(id)}`, changes, { ifMatch: etag });
export const deleteService = (id: string, etag: string) =>
  apiRequest<unknown>('DELETE', `${BASE}/services/${segment(id)}`, undefined, { ifMatch: etag });

export const listMyDocuments = () => apiRequest<{ items: ComplianceDocumentView[] }>('GET', `${BASE}/documents`);
export const uploadDocument = (form: FormData) => apiRequest<ComplianceDocumentView>('POST', `${BASE}/documents`, form);
export const replaceDocumentFile = (id: string, form: FormData) =>
  apiRequest<ComplianceDocumentView>('POST', `${BASE}/documents/${segment(id)}/file`, form);
