import type { ChangeRequestDetail, ChangeRequestView } from '../../../api/contract.ts';
import { apiRequest, query, segment } from '../../shared/api-client.ts';

/** Thin typed calls for /api/v1/change-requests (the enterprise's own, or staff moderation). */

const BASE = '/api/v1/change-requests';

export const listChangeRequests = (status?: string) =>
  apiRequest<{ items: ChangeRequestView[]; total: number }>('GET', `${BASE}${query({ status })}`);
export const getChangeRequest = (id: string) => apiRequest<ChangeRequestDetail>('GET', `${BASE}/${segment(id)}`);
export const approveChangeRequest = (id: string, body: { corrections?: Record<string, unknown>; comment?: string }) =>
  apiRequest<ChangeRequestDetail>('POST', `${BASE}/${segment(id)}/approve`, body);
export const rejectChangeRequest = (id: string, comment: string) =>
  apiRequest<ChangeRequestDetail>('POST', `${BASE}/${segment(id)}/reject`, { comment });
