/**
 * Settings of accounts and security (issue 4), read once from the environment by
 * api/config.ts. Tests build them with testAccountsConfig().
 */
export interface AccountsConfig {
  /** smtp(s)://user:pass@host:port; null = mail is kept in the outbox table (readable by admins). */
  smtpUrl: string | null;
  /** The From: address of every message. */
  mailFrom: string;
  /** Log each outbox message (development aid; off in production and tests). */
  logOutboxMail: boolean;
  /** OWASP ASVS 7.3: idle and absolute session lifetimes. */
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Requests per minute per client IP on sign-in, MFA, reset and invitation-token routes. */
  authRequestsPerIpPerMinute: number;
  /**
   * Failed attempts within accountLockWindowMinutes before limits apply: for sign-in per
   * (account, client address) and, from addresses that never signed in to the account, a
   * growing per-account delay (accounts/sign-in-throttle.ts); for second factors and
   * current-password checks per account.
   */
  accountFailuresAllowed: number;
  accountLockWindowMinutes: number;
  /** The per-account sign-in delay starts here and doubles with each further failure… */
  signInDelayBaseSeconds: number;
  /** …up to this ceiling. */
  signInDelayMaxSeconds: number;
}

export class AccountsConfigError extends Error {}

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new AccountsConfigError(`${name} must be a whole number ${min}–${max}, got "${value}"`);
  }
  return parsed;
}

export function readAccountsConfig(env: NodeJS.ProcessEnv): AccountsConfig {
  const smtpUrl = env.SMTP_URL || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    throw new AccountsConfigError('SMTP_URL must start with smtp:// or smtps://');
  return {
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Μητρώο ΚοινΣΕπ <no-reply@koinsep.invalid>',
    logOutboxMail: (env.NODE_ENV ?? 'development') === 'development' && !smtpUrl,
    sessionIdleMinutes: integer('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 30, 1, 24 * 60),
    sessionAbsoluteHours: integer('SESSION_ABSOLUTE_HOURS', env.SESSION_ABSOLUTE_HOURS, 12, 1, 24 * 30),
    authRequestsPerIpPerMinute: integer(
      'AUTH_REQUESTS_PER_IP_PER_MINUTE',
      env.AUTH_REQUESTS_PER_IP_PER_MINUTE,
      30,
      1,
      100_000,
    ),
    accountFailuresAllowed: integer('ACCOUNT_FAILURES_ALLOWED', env.ACCOUNT_FAILURES_ALLOWED, 10, 1, 1000),
    accountLockWindowMinutes: integer('ACCOUNT_LOCK_WINDOW_MINUTES', env.ACCOUNT_LOCK_WINDOW_MINUTES, 15, 1, 24 * 60),
    signInDelayBaseSeconds: integer('SIGN_IN_DELAY_BASE_SECONDS', env.SIGN_IN_DELAY_BASE_SECONDS, 1, 1, 3600),
    signInDelayMaxSeconds: integer('SIGN_IN_DELAY_MAX_SECONDS', env.SIGN_IN_DELAY_MAX_SECONDS, 60, 1, 3600),
  };
}

/**
 * Test defaults: no SMTP (outbox), production timeouts, and a per-IP limit high enough
 * that a test file signing in many times from 127.0.0.1 is not throttled (the limit
 * tests lower it explicitly).
 */
export function testAccountsConfig(overrides: Partial<AccountsConfig> = {}): AccountsConfig {
  return {
    smtpUrl: null,
    mailFrom: 'Μητρώο ΚοινΣΕπ <no-reply@koinsep.invalid>',
    logOutboxMail: false,
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 12,
    authRequestsPerIpPerMinute: 10_000,
    accountFailuresAllowed: 10,
    accountLockWindowMinutes: 15,
    signInDelayBaseSeconds: 1,
    signInDelayMaxSeconds: 60,
    ...overrides,
  };
}
