import type { InvitationDto } from '../../../api/contract.ts';
import type { Role } from '../../../api/contract.ts';
import { apiRequest } from './http.ts';

/** Thin typed calls for /api/v1/invitations. */
export type { InvitationDto, Role };

export interface InvitationPreview {
  email: string;
  role: Role;
  enterprise: { id: string; slug: string; name: string } | null;
  expiresAt: string;
  mfaRequired: boolean;
}

export const listInvitations = (status: 'pending' | 'all' = 'pending') =>
  apiRequest<{ items: InvitationDto[] }>('GET', `/api/v1/invitations?status=${status}`);
export const createInvitation = (body: { email: string; role: Role; enterpriseId?: string; locale: 'el' | 'en' }) =>
  apiRequest<InvitationDto>('POST', '/api/v1/invitations', body);
export const revokeInvitation = (id: string) => apiRequest<void>('DELETE', `/api/v1/invitations/${encodeURIComponent(id)}`);
export const previewInvitation = (token: string) => apiRequest<InvitationPreview>('POST', '/api/v1/invitations/preview', { token });
export const acceptInvitation = (token: string, name: string, password: string) =>
  apiRequest<{ user: unknown; mfaEnrolmentRequired: boolean }>('POST', '/api/v1/invitations/accept', { token, name, password });
