import type {
  EnrolmentConfirmResponse,
  EnrolmentResponse,
  LoginResponse,
  MySession,
  SessionResponse,
  UserDto,
} from '../../../api/contract.ts';
import { apiRequest, setCsrfToken } from './http.ts';

/** Thin typed calls for /api/v1/auth (types from the server's TypeBox contract). */
export type { EnrolmentConfirmResponse, EnrolmentResponse, LoginResponse, MySession, SessionResponse, UserDto };

export const login = (email: string, password: string) => apiRequest<LoginResponse>('POST', '/api/v1/auth/login', { email, password });
export const verifyMfa = (code: string) => apiRequest<SessionResponse>('POST', '/api/v1/auth/mfa', { code });
export const currentSession = () => apiRequest<SessionResponse>('GET', '/api/v1/auth/session');
export async function logout(): Promise<void> {
  await apiRequest<void>('POST', '/api/v1/auth/logout');
  setCsrfToken(null);
}
export const startMfaEnrolment = () => apiRequest<EnrolmentResponse>('POST', '/api/v1/auth/mfa/enrolment');
export const confirmMfaEnrolment = (code: string) => apiRequest<EnrolmentConfirmResponse>('POST', '/api/v1/auth/mfa/enrolment/confirm', { code });
export const disableMfa = (password: string) => apiRequest<void>('DELETE', '/api/v1/auth/mfa', { password });
export const replaceRecoveryCodes = (password: string) => apiRequest<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/mfa/recovery-codes', { password });
export const changePassword = (currentPassword: string, newPassword: string) =>
  apiRequest<{ csrfToken: string }>('POST', '/api/v1/auth/password', { currentPassword, newPassword });
export const mySessions = () => apiRequest<{ items: MySession[] }>('GET', '/api/v1/auth/sessions');
export const endMySession = (id: string) => apiRequest<void>('DELETE', `/api/v1/auth/sessions/${encodeURIComponent(id)}`);
export const requestPasswordReset = (email: string, locale: 'el' | 'en') =>
  apiRequest<{ status: 'accepted'; message: string }>('POST', '/api/v1/auth/password-reset', { email, locale });
export const confirmPasswordReset = (token: string, password: string) => apiRequest<void>('POST', '/api/v1/auth/password-reset/confirm', { token, password });
