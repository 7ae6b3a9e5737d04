import type { Lang } from '../../../api/contract.ts';
import { listChangeRequests } from './change-requests.ts';
import { getComplianceOverview, listStaffEnterprises } from './staff-enterprises.ts';
import { getStats } from './stats.ts';

/** What the staff home counts: the day's work, each a link to its page. */
export interface StaffOverview {
  /** Changes enterprises proposed, waiting for moderation. */
  pendingChanges: number;
  /** Certificates (the one that counts per kind) ending within `windowDays`, and already ended. */
  documents: { expiring: number; expired: number; windowDays: number };
  /** Enterprises never verified by the municipality, and verified more than 12 months ago. */
  verification: { never: number; stale: number };
  /** This year's spend with social-economy enterprises (net of VAT, a decimal string). */
  spend: { year: number; net: string; contracts: number };
}

/**
 * The staff home's counters. Composed from four calls of today's API; it becomes one call,
 * `GET /api/v1/staff/overview` answering this same shape, once the API has it — the page does
 * not change. (Open requests for quotes join it when they exist.)
 */
export async function getStaffOverview(lang: Lang, year: number): Promise<StaffOverview> {
  const [changes, compliance, enterprises, stats] = await Promise.all([
    listChangeRequests('pending'),
    getComplianceOverview(false),
    listStaffEnterprises(''),
    getStats(year, lang),
  ]);
  const verifications = enterprises.items.map((e) => e.verification);
  return {
    pendingChanges: changes.total,
    documents: { expiring: compliance.summary.expiring, expired: compliance.summary.expired, windowDays: compliance.windowDays },
    verification: { never: verifications.filter((v) => !v.verifiedAt).length, stale: verifications.filter((v) => v.stale).length },
    spend: { year: stats.year, net: stats.net, contracts: stats.contracts },
  };
}
