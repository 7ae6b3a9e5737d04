import type { FailureLimiter } from '../accounts/failure-limiter.ts';
import type { SignInThrottle } from '../accounts/sign-in-throttle.ts';
import { TooManyAttemptsError } from '../domain/errors.ts';

/** The per-account brute-force limits (ASVS V6.3.1), shared by the account services. */
export interface AccountLimits {
  /** Failed current-password checks (password change, second-factor changes) per e-mail address. */
  loginFailures: FailureLimiter;
  /** Failed sign-ins: per (account, address), and a growing delay per account from unknown addresses. */
  signInThrottle: SignInThrottle;
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
