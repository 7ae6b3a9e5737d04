/**
 * Brute-force protection for password sign-in that nobody can turn against a user (issue 15,
 * item 10). A plain per-account lock (10 failures → 15 minutes of 429) let anyone lock an
 * administrator out from any address. Instead:
 *
 * 1. Per (account, client address): `allowed` failures within the window, then 429 for that
 *    pair only. A guesser at one address is stopped; the owner elsewhere is not.
 * 2. Per account, from addresses that have never signed in to it: after `allowed` failures
 *    within the window, each further attempt waits a delay that doubles with every failure
 *    (1 s, 2 s, 4 s …) up to `maxDelaySeconds`. Guessing spread over many addresses slows to
 *    one try per `maxDelaySeconds` (1,440 a day at 60 s) — useless against a 12-character
 *    policy password — while a person who mistyped waits seconds, not a quarter of an hour.
 * 3. Addresses that signed in to the account successfully before (the caller decides, from
 *    the audit log) skip the account-wide delay: failures from elsewhere never stop the
 *    owner at the office.
 *
 * In memory, as before: one process; a restart forgets recent failures (and so errs towards
 * letting the owner in). Nothing here is a secret, so it needs no persistence.
 */

export interface SignInThrottleSettings {
  /** Failures per (account, address) and, from unknown addresses, per account before limits apply. */
  allowed: number;
  windowMs: number;
  /** First per-account delay (doubling from there; 1 s unless set). */
  baseDelaySeconds?: number;
  /** Ceiling of the growing per-account delay. */
  maxDelaySeconds: number;
}

export interface SignInAttempt {
  account: string;
  address: string;
  /** The address signed in to this account successfully before. */
  knownAddress: boolean;
}

const MAX_KEYS = 50_000;

export class SignInThrottle {
  private readonly byPair = new Map<string, number[]>();
  private readonly byAccount = new Map<string, number[]>();

  constructor(private readonly settings: SignInThrottleSettings) {}

  /** Seconds the attempt must wait (0 = it may go ahead). */
  retryAfterSeconds(attempt: SignInAttempt, now = Date.now()): number {
    const { allowed, windowMs, maxDelaySeconds } = this.settings;
    const pair = this.recent(this.byPair, pairKey(attempt), now);
    let waitMs = 0;
    if (pair.length >= allowed) waitMs = pair[pair.length - allowed]! + windowMs - now;
    if (!attempt.knownAddress) {
      const account = this.recent(this.byAccount, attempt.account, now);
      const beyond = account.length - allowed;
      if (beyond >= 0) {
        const delayMs = Math.min(maxDelaySeconds * 1000, (this.settings.baseDelaySeconds ?? 1) * 1000 * 2 ** beyond);
        waitMs = Math.max(waitMs, account[account.length - 1]! + delayMs - now);
      }
    }
    return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
  }

  fail(attempt: SignInAttempt, now = Date.now()): void {
    this.push(this.byPair, pairKey(attempt), now);
    // Failures from the owner's own addresses do not slow down everyone else.
    if (!attempt.knownAddress) this.push(this.byAccount, attempt.account, now);
  }

  /** A successful sign-in clears that address's failures (not the account's: others may still be guessing). */
  succeed(attempt: SignInAttempt): void {
    this.byPair.delete(pairKey(attempt));
  }

  /** After a password reset, the old guesses are moot. */
  resetAccount(account: string): void {
    this.byAccount.delete(account);
    for (const key of this.byPair.keys()) if (key.startsWith(`${account}\u0000`)) this.byPair.delete(key);
  }

  private recent(map: Map<string, number[]>, key: string, now: number): number[] {
    return (map.get(key) ?? []).filter((t) => t > now - this.settings.windowMs);
  }

  private push(map: Map<string, number[]>, key: string, now: number): void {
    const times = this.recent(map, key, now);
    times.push(now);
    map.set(key, times);
    if (map.size > MAX_KEYS)
      for (const [k, v] of map) if (!v.some((t) => t > now - this.settings.windowMs)) map.delete(k);
  }
}

const pairKey = (attempt: SignInAttempt) => `${attempt.account}\u0000${attempt.address}`;
