import type { Role, UserDto } from '../../../api/contract.ts';
import type { EnterpriseOptionDto } from '../../../api/contract.ts';
import { apiRequest } from './http.ts';

/** Thin typed calls for /api/v1/users. */
export type { EnterpriseOptionDto, UserDto };

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
/** Admins only: a new role (and the enterprise for enterprise roles); the person's sessions end. */
export const updateUser = (id: string, change: { role: Role; enterpriseId: string | null }) =>
  apiRequest<UserDto>('PATCH', `/api/v1/users/${encodeURIComponent(id)}`, change);
/** Staff only: every enterprise, drafts included, for the enterprise picker. */
export const listEnterpriseOptions = () => apiRequest<{ items: EnterpriseOptionDto[] }>('GET', '/api/v1/users/enterprise-options');
