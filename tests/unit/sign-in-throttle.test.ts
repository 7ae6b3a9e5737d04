import { describe, expect, it } from 'vitest';
import { SignInThrottle, type SignInAttempt } from '../../api/accounts/sign-in-throttle.ts';

const settings = { allowed: 10, windowMs: 15 * 60_000, maxDelaySeconds: 60 };
const admin = 'login:admin@municipality.gr';
const attacker = (n: number): SignInAttempt => ({ account: admin, address: `203.0.113.${n}`, knownAddress: false });
const office: SignInAttempt = { account: admin, address: '198.51.100.7', knownAddress: true };
const newLaptop: SignInAttempt = { account: admin, address: '192.0.2.50', knownAddress: false };

describe('sign-in throttle (issue 15, item 10)', () => {
  it('stops one address after 10 failures for the whole window, and only that address', () => {
    const throttle = new SignInThrottle(settings);
    const t0 = 1_000_000;
    for (let i = 0; i < 10; i++) {
      expect(throttle.retryAfterSeconds({ ...attacker(1), knownAddress: true }, t0 + i)).toBe(0);
      throttle.fail({ ...attacker(1), knownAddress: true }, t0 + i);
    }
    expect(throttle.retryAfterSeconds({ ...attacker(1), knownAddress: true }, t0 + 10)).toBe(900);
    expect(throttle.retryAfterSeconds(office, t0 + 10)).toBe(0);
  });

  it('10 wrong passwords from anywhere do not lock the administrator out of the office', () => {
    const throttle = new SignInThrottle(settings);
    for (let i = 0; i < 10; i++) throttle.fail(attacker(i), 1000 + i);
    expect(throttle.retryAfterSeconds(office, 1010)).toBe(0);
    // Even a thousand failures spread over many addresses.
    for (let i = 0; i < 1000; i++) throttle.fail(attacker(i % 250), 2000 + i);
    expect(throttle.retryAfterSeconds(office, 3000)).toBe(0);
  });

  it('makes unknown addresses wait a delay that doubles per failure up to 60 s, never 15 minutes', () => {
    const throttle = new SignInThrottle(settings);
    let now = 0;
    for (let i = 0; i < 10; i++) throttle.fail(attacker(i), (now += 10));
    expect(throttle.retryAfterSeconds(newLaptop, now)).toBe(1);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      now += throttle.retryAfterSeconds(attacker(100 + i), now) * 1000;
      throttle.fail(attacker(100 + i), now);
      waits.push(throttle.retryAfterSeconds(newLaptop, now));
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);
    // The rate spread over many addresses is one try a minute at most.
    expect(Math.max(...waits)).toBeLessThanOrEqual(settings.maxDelaySeconds);
  });

  it('forgets failures older than the window, and an account reset forgets them all', () => {
    const throttle = new SignInThrottle(settings);
    for (let i = 0; i < 12; i++) throttle.fail(attacker(1), i);
    expect(throttle.retryAfterSeconds(attacker(1), 20)).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds(attacker(1), settings.windowMs + 20)).toBe(0);
    for (let i = 0; i < 12; i++) throttle.fail(attacker(1), 10_000_000 + i);
    throttle.resetAccount(admin);
    expect(throttle.retryAfterSeconds(attacker(1), 10_000_020)).toBe(0);
  });

  it('a success clears that address, not the failures others caused', () => {
    const throttle = new SignInThrottle(settings);
    for (let i = 0; i < 10; i++) throttle.fail(newLaptop, i);
    for (let i = 0; i < 3; i++) throttle.fail(attacker(9), 20 + i);
    throttle.succeed(newLaptop);
    expect(throttle.retryAfterSeconds({ ...newLaptop, knownAddress: true }, 30)).toBe(0);
    expect(throttle.retryAfterSeconds(attacker(8), 30)).toBeGreaterThan(0);
  });
});
