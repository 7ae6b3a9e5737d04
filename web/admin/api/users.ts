import type { UserDto } from '../../../api/routes/auth/schemas.ts';
import { apiRequest } from './http.ts';

/** Thin typed calls for /api/v1/users. */
export type { UserDto };

export const listUsers = (query: { q?: string; role?: string; status?: string } = {}) => {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as Array<[string, string]>);
  return apiRequest<{ items: UserDto[] }>('GET', `/api/v1/users${params.size ? `?${params}` : ''}`);
};
const action = (id: string, what: 'deactivate' | 'reactivate' | 'mfa-reset') =>
  apiRequest<UserDto>('POST', `/api/v1/users/${encodeURIComponent(id)}/${what}`);
export const deactivateUser = (id: string) => action(id, 'deactivate');
export const reactivateUser = (id: string) => action(id, 'reactivate');
export const resetUserMfa = (id: string) => action(id, 'mfa-reset');
export const endUserSessions = (id: string) =>
  apiRequest<{ user: UserDto; endedSessions: number }>('POST', `/api/v1/users/${encodeURIComponent(id)}/end-sessions`);
