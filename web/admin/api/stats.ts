import type { Lang, SocialValueYear } from '../../../api/contract.ts';
import { apiRequest, query } from '../../shared/api-client.ts';

/** Thin typed calls for /api/v1/stats (social procurement). */

/** The route's StatsSchema and SpendSchema are not exported yet: keep these in step with them. */
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
  /** The year's confirmed social value (issue 13). */
  socialValue: SocialValueYear;
}

export const getStats = (year: number, lang: Lang) =>
  apiRequest<SocialProcurementStats>('GET', `/api/v1/stats/social-procurement${query({ year, lang })}`);
export const statsXlsxUrl = (year: number, lang: Lang) =>
  `/api/v1/stats/social-procurement.xlsx${query({ year, lang })}`;
export const setProcurementTotal = (year: number, totalNet: string) =>
  apiRequest<SocialProcurementStats>('PUT', `/api/v1/stats/procurement-totals/${year}`, { totalNet });
