import type { Static } from 'typebox';
import type { AreaListSchema, CpvListSchema } from '../../../../api/routes/public/schemas.ts';
import type { EligibilityResponse, NeedBody } from '../../../../api/routes/eligibility/schemas.ts';
import type { Contract, ContractInputBody } from '../../../../api/routes/contracts/schemas.ts';

/**
 * Thin typed calls for the procurement pages (eligibility, contracts, dashboard). Types come
 * from the server's TypeBox contract. Cookies carry the session; mutations send the CSRF
 * token of the session (GET /api/v1/auth/session).
 */

export type Lang = 'el' | 'en';
export type CpvList = Static<typeof CpvListSchema>;
export type AreaList = Static<typeof AreaListSchema>;
export type { Contract, ContractInputBody, EligibilityResponse, NeedBody };

export interface InvalidParam {
  name: string;
  reason: string;
}

/** An application/problem+json answer (or a network failure, status 0). */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly invalidParams: InvalidParam[] = [],
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}

let csrfToken: string | null = null;

async function csrf(): Promise<string> {
  if (!csrfToken) {
    const session = await request<{ csrfToken: string }>('GET', '/api/v1/auth/session');
    csrfToken = session.csrfToken;
  }
  return csrfToken;
}

async function request<T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json', ...headers } };
  if (method !== 'GET' && url !== '/api/v1/auth/session') (init.headers as Record<string, string>)['x-csrf-token'] = await csrf();
  if (body !== undefined) {
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ProblemError(0, 'network');
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ProblemError(response.status, String(payload.detail ?? payload.title ?? response.statusText), (payload.invalidParams as InvalidParam[]) ?? []);
  }
  if (response.headers.get('etag')) (payload as { etag?: string }).etag = response.headers.get('etag')!;
  return payload as T;
}

export const searchCpv = (q: string, lang: Lang) =>
  request<CpvList>('GET', `/api/v1/cpv?${new URLSearchParams({ q, lang, limit: '8' })}`);
export const listAreas = (lang: Lang) => request<AreaList>('GET', `/api/v1/areas?lang=${lang}`);

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

export const searchEligibility = (need: NeedBody) => request<EligibilityResponse>('POST', '/api/v1/eligibility/search', need);

export interface ContractList {
  items: Contract[];
  total: number;
  page: number;
  pageSize: number;
  departments: string[];
}
export const listContracts = (query: Record<string, string>) =>
  request<ContractList>('GET', `/api/v1/contracts?${new URLSearchParams(query)}`);
export const getContract = (id: string) => request<Contract & { etag: string }>('GET', `/api/v1/contracts/${encodeURIComponent(id)}`);
export const createContract = (body: ContractInputBody) => request<Contract>('POST', '/api/v1/contracts', body);
export const updateContract = (id: string, etag: string, body: ContractInputBody) =>
  request<Contract>('PUT', `/api/v1/contracts/${encodeURIComponent(id)}`, body, { 'if-match': etag });
export const deleteContract = (id: string, etag: string) =>
  request<void>('DELETE', `/api/v1/contracts/${encodeURIComponent(id)}`, undefined, { 'if-match': etag });

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
  request<SocialProcurementStats>('GET', `/api/v1/stats/social-procurement?year=${year}&lang=${lang}`);
export const setProcurementTotal = (year: number, totalNet: string) =>
  request<SocialProcurementStats>('PUT', `/api/v1/stats/procurement-totals/${year}`, { totalNet });

export const searchEnterprises = (q: string, lang: Lang) =>
  request<{ items: Array<{ id: string; slug: string; name: string }> }>('GET', `/api/v1/enterprises?${new URLSearchParams({ q, lang, pageSize: '8' })}`);

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
