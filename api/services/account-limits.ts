import type { FailureLimiter } from '../accounts/failure-limiter.ts';
import { TooManyAttemptsError } from '../domain/errors.ts';

/** The per-account brute-force limits (ASVS V6.3.1), shared by the account services. */
export interface AccountLimits {
  /** Failed sign-ins (and current-password checks) per e-mail address as typed. */
  loginFailures: FailureLimiter;
  /** Wrong second-factor codes per user. */
  mfaFailures: FailureLimiter;
  /** Password-reset requests per e-mail address as typed. */
  resetRequests: FailureLimiter;
}

/** 429 with Retry-After when an account-level limiter says so. */
export function assertNotLimited(limiter: FailureLimiter, key: string): void {
  const wait = limiter.retryAfterSeconds(key);
  if (wait > 0) throw new TooManyAttemptsError(wait);
}
