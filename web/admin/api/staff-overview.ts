import type { StaffOverview } from '../../../api/contract.ts';
import { apiRequest, query } from '../../shared/api-client.ts';

export type { StaffOverview };

/** The staff home's counters in one call (GET /api/v1/staff/overview): the day's work, each a link to its page. */
export const getStaffOverview = (year?: number) =>
  apiRequest<StaffOverview>('GET', `/api/v1/staff/overview${query({ year })}`);
