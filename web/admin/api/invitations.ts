import type { InvitationDto, Lang, Role, UserDto } from '../../../api/contract.ts';
import { apiRequest, query, segment } from '../../shared/api-client.ts';

/** Thin typed calls for /api/v1/invitations. */

const BASE = '/api/v1/invitations';

/** POST /invitations/preview (its schema is not exported by the route yet: keep in step with InvitationPreviewSchema). */
export interface InvitationPreview {
  email: string;
  role: Role;
  enterprise: { id: string; slug: string; name: string } | null;
  expiresAt: string;
  mfaRequired: boolean;
}

export const listInvitations = (status: 'pending' | 'all' = 'pending') =>
  apiRequest<{ items: InvitationDto[] }>('GET', `${BASE}${query({ status })}`);
export const createInvitation = (body: { email: string; role: Role; enterpriseId?: string; locale: Lang }) =>
  apiRequest<InvitationDto>('POST', BASE, body);
export const revokeInvitation = (id: string) => apiRequest<void>('DELETE', `${BASE}/${segment(id)}`);
export const previewInvitation = (token: string) => apiRequest<InvitationPreview>('POST', `${BASE}/preview`, { token });
export const acceptInvitation = (token: string, name: string, password: string) =>
  apiRequest<{ user: UserDto; mfaEnrolmentRequired: boolean }>('POST', `${BASE}/accept`, { token, name, password });
