import type {
  Accepted,
  EnrolmentConfirmResponse,
  EnrolmentResponse,
  Lang,
  LoginResponse,
  MeResponse,
  MySessionList,
  RecoveryCodes,
  SessionResponse,
  UpdateMeBody,
} from '../../../api/contract.ts';
import { apiRequest, segment, setCsrfToken } from '../../shared/api-client.ts';

/** Thin typed calls for /api/v1/auth. */

const BASE = '/api/v1/auth';
/** The sign-in steps: their 401 is the answer (wrong password, sign-in to restart), not a session that ended. */
const SIGN_IN = { reauthenticate: false } as const;

export const login = (email: string, password: string) =>
  apiRequest<LoginResponse>('POST', `${BASE}/login`, { email, password }, SIGN_IN);
export const verifyMfa = (code: string) => apiRequest<SessionResponse>('POST', `${BASE}/mfa`, { code }, SIGN_IN);
export const currentSession = () => apiRequest<SessionResponse>('GET', `${BASE}/session`);
export async function logout(): Promise<void> {
  await apiRequest<void>('POST', `${BASE}/logout`, undefined, SIGN_IN);
  setCsrfToken(null);
}
export const startMfaEnrolment = () => apiRequest<EnrolmentResponse>('POST', `${BASE}/mfa/enrolment`);
export const confirmMfaEnrolment = (code: string) =>
  apiRequest<EnrolmentConfirmResponse>('POST', `${BASE}/mfa/enrolment/confirm`, { code });
export const disableMfa = (password: string) => apiRequest<void>('DELETE', `${BASE}/mfa`, { password });
export const replaceRecoveryCodes = (password: string) =>
  apiRequest<RecoveryCodes>('POST', `${BASE}/mfa/recovery-codes`, { password });
export const changePassword = (currentPassword: string, newPassword: string) =>
  apiRequest<{ csrfToken: string }>('POST', `${BASE}/password`, { currentPassword, newPassword });
/** My own account's settings (today: the language of the mail the directory sends me). */
export const updateMe = (changes: UpdateMeBody) => apiRequest<MeResponse>('PATCH', `${BASE}/me`, changes);
export const mySessions = () => apiRequest<MySessionList>('GET', `${BASE}/sessions`);
export const endMySession = (id: string) => apiRequest<void>('DELETE', `${BASE}/sessions/${segment(id)}`);
export const requestPasswordReset = (email: string, locale: Lang) =>
  apiRequest<Accepted>('POST', `${BASE}/password-reset`, { email, locale });
export const confirmPasswordReset = (token: string, password: string) =>
  apiRequest<void>('POST', `${BASE}/password-reset/confirm`, { token, password });
