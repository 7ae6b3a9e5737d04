import type { EnterpriseOptionDto, Role, UserDto } from '../../../api/contract.ts';
import { apiRequest, query, segment } from '../../shared/api-client.ts';

/** Thin typed calls for /api/v1/users. */

const BASE = '/api/v1/users';

export const listUsers = (filter: { q?: string; role?: string; status?: string } = {}) =>
  apiRequest<{ items: UserDto[] }>('GET', `${BASE}${query(filter)}`);
const action = (id: string, what: 'deactivate' | 'reactivate' | 'mfa-reset') =>
  apiRequest<UserDto>('POST', `${BASE}/${segment(id)}/${what}`);
export const deactivateUser = (id: string) => action(id, 'deactivate');
export const reactivateUser = (id: string) => action(id, 'reactivate');
export const resetUserMfa = (id: string) => action(id, 'mfa-reset');
export const endUserSessions = (id: string) =>
  apiRequest<{ user: UserDto; endedSessions: number }>('POST', `${BASE}/${segment(id)}/end-sessions`);
/** Admins only: a new role (and the enterprise for enterprise roles); the person's sessions end. */
export const updateUser = (id: string, change: { role: Role; enterpriseId: string | null }) =>
  apiRequest<UserDto>('PATCH', `${BASE}/${segment(id)}`, change);
/** Staff only: every enterprise, drafts included, for the enterprise picker. */
export const listEnterpriseOptions = () =>
  apiRequest<{ items: EnterpriseOptionDto[] }>('GET', `${BASE}/enterprise-options`);
