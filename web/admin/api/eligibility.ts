import type { EligibilityResponse, NeedBody } from '../../../api/contract.ts';
import { apiRequest } from '../../shared/api-client.ts';

/** Thin typed calls for /api/v1/eligibility. */

export const searchEligibility = (need: NeedBody) =>
  apiRequest<EligibilityResponse>('POST', '/api/v1/eligibility/search', need);

/** Query string of the shortlist links (the same criteria as the search). */
export function needQuery(need: NeedBody): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(need)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  return params.toString();
}

export const shortlistXlsxUrl = (need: NeedBody) => `/api/v1/eligibility/shortlist.xlsx?${needQuery(need)}`;
export const shortlistPageUrl = (need: NeedBody) => `/api/v1/eligibility/shortlist?${needQuery(need)}`;
