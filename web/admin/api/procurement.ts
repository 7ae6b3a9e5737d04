import type { Static } from 'typebox';
import type { AreaListSchema, CpvListSchema } from '../../../api/contract.ts';
import type { EligibilityResponse, NeedBody } from '../../../api/contract.ts';
import type { Contract, ContractInputBody } from '../../../api/contract.ts';
import { ProblemError, apiRequest, type InvalidParam } from './http.ts';

/**
 * Thin typed calls for the procurement pages (eligibility, contracts, dashboard), through the
 * app's one fetch wrapper (http.ts). Types come from the server's TypeBox contract.
 */

export type Lang = 'el' | 'en';
export type CpvList = Static<typeof CpvListSchema>;
export type AreaList = Static<typeof AreaListSchema>;
export type { Contract, ContractInputBody, EligibilityResponse, NeedBody };

export { ProblemError };

/** The session's CSRF token for the two calls apiRequest cannot make (they need If-Match). */
async function csrfToken(): Promise<string> {
  const session = await apiRequest<{ csrfToken: string }>('GET', '/api/v1/auth/session');
  return session.csrfToken;
}

/** PUT/DELETE with If-Match (DESIGN §7): a stale ETag answers 412. */
async function conditionalRequest<T>(method: 'PUT' | 'DELETE', url: string, etag: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'if-match': etag, 'x-csrf-token': await csrfToken() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ProblemError(0, 'network', 'network');
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    throw new ProblemError(response.status, String(data.code ?? 'error'), String(data.detail ?? data.title ?? ''), (data.invalidParams as InvalidParam[]) ?? [], data);
  return data as T;
}

/** The strong ETag of a contract, as GET /contracts/:id sends it. */
export const contractEtag = (contract: Contract) => `"contract-${contract.id}-v${contract.version}"`;

export const searchCpv = (q: string, lang: Lang) =>
  apiRequest<CpvList>('GET', `/api/v1/cpv?${new URLSearchParams({ q, lang, limit: '8' })}`);
export const listAreas = (lang: Lang) => apiRequest<AreaList>('GET', `/api/v1/areas?lang=${lang}`);

/** Query string for the export links (the same criteria as the search). */
export function needQuery(need: NeedBody): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(need)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  return params.toString();
}

export const searchEligibility = (need: NeedBody) => apiRequest<EligibilityResponse>('POST', '/api/v1/eligibility/search', need);

export interface ContractList {
  items: Contract[];
  total: number;
  page: number;
  pageSize: number;
  departments: string[];
}
export const listContracts = (query: Record<string, string>) =>
  apiRequest<ContractList>('GET', `/api/v1/contracts?${new URLSearchParams(query)}`);
export const getContract = (id: string) => apiRequest<Contract>('GET', `/api/v1/contracts/${encodeURIComponent(id)}`);
export const createContract = (body: ContractInputBody) => apiRequest<Contract>('POST', '/api/v1/contracts', body);
export const updateContract = (contract: Contract, body: ContractInputBody) =>
  conditionalRequest<Contract>('PUT', `/api/v1/contracts/${encodeURIComponent(contract.id)}`, contractEtag(contract), body);
export const deleteContract = (contract: Contract) =>
  conditionalRequest<void>('DELETE', `/api/v1/contracts/${encodeURIComponent(contract.id)}`, contractEtag(contract));

export interface SpendRow {
  key: string;
  name: string;
  net: string;
  contracts: number;
}
export interface SocialProcurementStats {
  year: number;
  net: string;
  contracts: number;
  distinctEnterprises: number;
  byRoute: SpendRow[];
  byCategory: SpendRow[];
  byDepartment: SpendRow[];
  procurementTotal: { net: string; note: string | null; updatedAt: string } | null;
  socialShare: number | null;
}
export const getStats = (year: number, lang: Lang) =>
  apiRequest<SocialProcurementStats>('GET', `/api/v1/stats/social-procurement?year=${year}&lang=${lang}`);
export const setProcurementTotal = (year: number, totalNet: string) =>
  apiRequest<SocialProcurementStats>('PUT', `/api/v1/stats/procurement-totals/${year}`, { totalNet });

export const searchEnterprises = (q: string, lang: Lang) =>
  apiRequest<{ items: Array<{ id: string; slug: string; name: string }> }>('GET', `/api/v1/enterprises?${new URLSearchParams({ q, lang, pageSize: '8' })}`);

/** `12345.6` / `12.345,60` → `12345.60`-style decimal string the API accepts, or null. */
export function normaliseMoney(text: string): string | null {
  const compact = text.replace(/[\s€]/g, '');
  if (compact === '') return null;
  // Greek writing: dots group thousands, the comma is the decimal mark.
  const greek = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(compact) || /^\d+,\d{1,2}$/.test(compact);
  const plain = greek ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  return /^\d{1,10}(\.\d{1,2})?$/.test(plain) ? plain : null;
}

/** Money for display: `12.345,60 €` / `€12,345.60`. */
export function formatEuros(decimal: string, lang: Lang): string {
  const value = Number(decimal);
  return new Intl.NumberFormat(lang === 'el' ? 'el-GR' : 'en-IE', { style: 'currency', currency: 'EUR' }).format(value);
}

export function formatDay(iso: string | null, lang: Lang): string {
  if (!iso) return '—';
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
