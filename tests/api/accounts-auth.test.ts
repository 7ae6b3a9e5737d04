import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticator } from 'otplib';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { cookieFrom, DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS, signIn } from '../helpers/auth.ts';
import { testAccountsConfig } from '../../api/accounts/accounts-config.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
});
afterAll(async () => ctx?.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers });

/** The code of the next 30-second step: the current one may already have been used by signIn(). */
const futureCode = (steps = 1) => totpAt(Date.now() + steps * 30_000);
function totpAt(epochMs: number): string {
  const previous = authenticator.options;
  authenticator.options = { ...previous, epoch: epochMs };
  const code = authenticator.generate(DEMO_TOTP_SECRET);
  authenticator.options = previous;
  return code;
}

describe('sign-in', () => {
  it('answers a wrong password and an unknown address identically and audits both without the password', async () => {
    const wrong = await login(DEMO_USERS.member1, 'not-the-password-at-all');
    const unknown = await login('nobody-here@demo.koinsep.gr', 'not-the-password-at-all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.login_failed')
      .execute();
    expect(audit.map((a) => JSON.parse(a.details).reason).sort()).toEqual(['unknown_email', 'wrong_password']);
    expect(JSON.stringify(audit)).not.toContain('not-the-password-at-all');
  });

  it('signs an enterprise user in at once, with a hardened cookie and the enterprise in the user', async () => {
    const response = await login(DEMO_USERS.member1, DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.mfaRequired).toBe(false);
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^koinsep_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const session = await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: cookieFrom(response) } });
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toMatchObject({
      email: DEMO_USERS.member1,
      role: 'enterprise_member',
      enterprise: { slug: 'katharo-chalandri', name: 'Καθαρό Χαλάνδρι' },
    });
    expect(session.headers['cache-control']).toBe('no-store');
  });

  it('stores only a hash of the session id', async () => {
    const response = await login(DEMO_USERS.manager2, DEMO_PASSWORD);
    const token = cookieFrom(response).split('=')[1]!;
    const rows = await ctx.app.db.selectFrom('sessions').select(['id', 'token_hash']).execute();
    expect(rows.some((r) => r.token_hash === token || r.id === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('requires the second factor for admins, checks CSRF on it and issues a new session id afterwards', async () => {
    const first = await login(DEMO_USERS.admin, DEMO_PASSWORD);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ mfaRequired: true, mfaEnrolmentRequired: false });
    const pendingCookie = cookieFrom(first);
    // Half-signed-in is not signed in.
    expect((await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: pendingCookie } })).statusCode).toBe(
      401,
    );
    expect((await ctx.app.inject({ url: '/api/v1/users', headers: { cookie: pendingCookie } })).statusCode).toBe(401);
    const code = futureCode(0);
    const noCsrf = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      headers: { cookie: pendingCookie },
      payload: { code },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf_token_invalid');
    const headers = { cookie: pendingCookie, 'x-csrf-token': first.json().csrfToken };
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      headers,
      payload: { code: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_code');
    await ctx.app.db.updateTable('user_totp').set({ last_used_step: null }).execute();
    const right = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/mfa', headers, payload: { code } });
    expect(right.statusCode).toBe(200);
    const activeCookie = cookieFrom(right);
    expect(activeCookie).not.toBe(pendingCookie);
    expect(right.json().csrfToken).not.toBe(first.json().csrfToken);
    expect((await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: activeCookie } })).statusCode).toBe(
      200,
    );
    expect((await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: pendingCookie } })).statusCode).toBe(
      401,
    );
  });

  it('refuses a TOTP code that was already used (replay)', async () => {
    const code = futureCode(1);
    const a = await login(DEMO_USERS.staff, DEMO_PASSWORD);
    const okay = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      payload: { code },
      headers: { cookie: cookieFrom(a), 'x-csrf-token': a.json().csrfToken },
    });
    expect(okay.statusCode).toBe(200);
    const b = await login(DEMO_USERS.staff, DEMO_PASSWORD);
    const replay = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      payload: { code },
      headers: { cookie: cookieFrom(b), 'x-csrf-token': b.json().csrfToken },
    });
    expect(replay.statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('demands the CSRF token on cookie-authenticated mutations', async () => {
    const me = await signIn(ctx.app, DEMO_USERS.manager1);
    const payload = { email: 'csrf-check@example.gr', role: 'enterprise_member' };
    const none = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: { cookie: me.cookie },
      payload,
    });
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe('csrf_token_invalid');
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: { cookie: me.cookie, 'x-csrf-token': 'x'.repeat(43) },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    const right = await ctx.app.inject({ method: 'POST', url: '/api/v1/invitations', headers: me.headers, payload });
    expect(right.statusCode).toBe(201);
  });

  it('ends the session on the server at logout', async () => {
    const me = await signIn(ctx.app, DEMO_USERS.manager1);
    const out = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: me.headers });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/koinsep_session=;/);
    expect((await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: me.cookie } })).statusCode).toBe(
      401,
    );
  });

  it('expires a session after 30 idle minutes and after 12 hours in any case', async () => {
    const idle = await signIn(ctx.app, DEMO_USERS.member1);
    const absolute = await signIn(ctx.app, DEMO_USERS.manager1);
    const active = await signIn(ctx.app, DEMO_USERS.manager2);
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const userId = async (email: string) =>
      (await ctx.app.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    await ctx.app.db
      .updateTable('sessions')
      .set({ last_seen_at: ago(31) })
      .where('user_id', '=', await userId(DEMO_USERS.member1))
      .execute();
    await ctx.app.db
      .updateTable('sessions')
      .set({ expires_at: ago(1) })
      .where('user_id', '=', await userId(DEMO_USERS.manager1))
      .execute();
    await ctx.app.db
      .updateTable('sessions')
      .set({ last_seen_at: ago(29) })
      .where('user_id', '=', await userId(DEMO_USERS.manager2))
      .execute();
    expect((await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: idle.cookie } })).statusCode).toBe(
      401,
    );
    expect(
      (await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: absolute.cookie } })).statusCode,
    ).toBe(401);
    expect((await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: active.cookie } })).statusCode).toBe(
      200,
    );
  });

  it('lists my sessions and ends one of them', async () => {
    const laptop = await signIn(ctx.app, DEMO_USERS.manager2);
    const phone = await signIn(ctx.app, DEMO_USERS.manager2);
    const list = await ctx.app.inject({ url: '/api/v1/auth/sessions', headers: laptop.headers });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as Array<{ id: string; current: boolean }>;
    expect(items.filter((s) => s.current)).toHaveLength(1);
    const other = items.find((s) => !s.current)!;
    const end = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${other.id}`,
      headers: laptop.headers,
    });
    expect(end.statusCode).toBe(204);
    // Another user's session id is not found, not ended.
    const stranger = await signIn(ctx.app, DEMO_USERS.member1);
    const foreign = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/sessions/${items.find((s) => s.current)!.id}`,
      headers: stranger.headers,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: laptop.cookie } })).statusCode).toBe(
      200,
    );
    void phone;
  });

  it('changes the password with a clear reason for weak ones, and ends the other sessions', async () => {
    const here = await signIn(ctx.app, DEMO_USERS.manager2);
    const elsewhere = await signIn(ctx.app, DEMO_USERS.manager2);
    const weak = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: here.headers,
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'password123456' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({
      code: 'weak_password',
      passwordProblem: 'too_common',
      invalidParams: [{ name: 'newPassword' }],
    });
    expect(weak.json().detail).toMatch(/συνηθισμένους/);
    const english = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { ...here.headers, 'accept-language': 'en-GB' },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'short' },
    });
    expect(english.json().detail).toMatch(/at least 12 characters/);
    const wrongCurrent = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: here.headers,
      payload: { currentPassword: 'not-my-password-1', newPassword: 'a-fresh-garden-path-71' },
    });
    expect(wrongCurrent.json().invalidParams[0].name).toBe('currentPassword');
    const changed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: here.headers,
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'a-fresh-garden-path-71' },
    });
    expect(changed.statusCode).toBe(200);
    const newHere = { cookie: cookieFrom(changed), 'x-csrf-token': changed.json().csrfToken };
    expect((await ctx.app.inject({ url: '/api/v1/auth/session', headers: newHere })).statusCode).toBe(200);
    expect(
      (await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: elsewhere.cookie } })).statusCode,
    ).toBe(401);
    expect((await login(DEMO_USERS.manager2, 'a-fresh-garden-path-71')).statusCode).toBe(200);
    const stored = await ctx.app.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', DEMO_USERS.manager2)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('second factor set-up', () => {
  it('lets an enterprise user enrol TOTP, shows 10 recovery codes once, and accepts each code once', async () => {
    const me = await signIn(ctx.app, DEMO_USERS.member1);
    const start = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/mfa/enrolment', headers: me.headers });
    expect(start.statusCode).toBe(200);
    const { secret, qrCodeSvg, otpauthUrl } = start.json();
    expect(qrCodeSvg).toMatch(/^<svg/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/KoinSEp:member1%40demo\.koinsep\.gr\?secret=/);
    const confirm = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/enrolment/confirm',
      headers: me.headers,
      payload: { code: authenticator.generate(secret) },
    });
    expect(confirm.statusCode).toBe(200);
    const codes = confirm.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await ctx.app.db.selectFrom('recovery_codes').select('code_hash').execute();
    expect(stored.some((r) => codes.includes(r.code_hash))).toBe(false);

    const next = await login(DEMO_USERS.member1, DEMO_PASSWORD);
    expect(next.json().mfaRequired).toBe(true);
    const headers = { cookie: cookieFrom(next), 'x-csrf-token': next.json().csrfToken };
    const withRecovery = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      headers,
      payload: { code: codes[0]!.toUpperCase() },
    });
    expect(withRecovery.statusCode).toBe(200);
    const again = await login(DEMO_USERS.member1, DEMO_PASSWORD);
    const reuse = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      payload: { code: codes[0] },
      headers: { cookie: cookieFrom(again), 'x-csrf-token': again.json().csrfToken },
    });
    expect(reuse.statusCode).toBe(401);
    // Enterprise users may turn it off again, with their password.
    const signedIn = await signIn(ctx.app, DEMO_USERS.member1, DEMO_PASSWORD, secret);
    const off = await ctx.app.inject({
      method: 'DELETE',
      url: '/api/v1/auth/mfa',
      headers: signedIn.headers,
      payload: { password: DEMO_PASSWORD },
    });
    expect(off.statusCode).toBe(204);
    expect((await login(DEMO_USERS.member1, DEMO_PASSWORD)).json().mfaRequired).toBe(false);
  });

  it('makes staff without a second factor set one up before anything else, and never lets them turn it off', async () => {
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    const staffId = (
      await ctx.app.db.selectFrom('users').select('id').where('email', '=', DEMO_USERS.staff).executeTakeFirstOrThrow()
    ).id;
    const reset = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/users/${staffId}/mfa-reset`,
      headers: admin.headers,
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().mfaEnabled).toBe(false);
    const first = await login(DEMO_USERS.staff, DEMO_PASSWORD);
    expect(first.json()).toMatchObject({ mfaRequired: false, mfaEnrolmentRequired: true });
    const headers = { cookie: cookieFrom(first), 'x-csrf-token': first.json().csrfToken };
    expect((await ctx.app.inject({ url: '/api/v1/users', headers })).statusCode).toBe(401);
    const start = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/mfa/enrolment', headers });
    const confirm = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/enrolment/confirm',
      headers,
      payload: { code: authenticator.generate(start.json().secret) },
    });
    expect(confirm.statusCode).toBe(200);
    const active = { cookie: cookieFrom(confirm), 'x-csrf-token': confirm.json().csrfToken };
    expect((await ctx.app.inject({ url: '/api/v1/users', headers: active })).statusCode).toBe(200);
    const off = await ctx.app.inject({
      method: 'DELETE',
      url: '/api/v1/auth/mfa',
      headers: active,
      payload: { password: DEMO_PASSWORD },
    });
    expect(off.statusCode).toBe(403);
    expect(off.json().code).toBe('mfa_mandatory');
    // Put the demo secret back for the other tests.
    await ctx.app.db
      .updateTable('user_totp')
      .set({ secret: DEMO_TOTP_SECRET })
      .where('user_id', '=', staffId)
      .execute();
  });
});

describe('deactivation', () => {
  it('ends the sessions of a deactivated account and refuses its sign-in like a wrong password', async () => {
    const victim = await signIn(ctx.app, DEMO_USERS.manager1);
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    const id = victim.user.id;
    const off = await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${id}/deactivate`, headers: admin.headers });
    expect(off.statusCode).toBe(200);
    expect(off.json().status).toBe('deactivated');
    expect((await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: victim.cookie } })).statusCode).toBe(
      401,
    );
    const refused = await login(DEMO_USERS.manager1, DEMO_PASSWORD);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('invalid_credentials');
    const on = await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${id}/reactivate`, headers: admin.headers });
    expect(on.json().status).toBe('active');
    expect((await login(DEMO_USERS.manager1, DEMO_PASSWORD)).statusCode).toBe(200);
    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'ip', 'occurred_at'])
      .where('object_id', '=', id)
      .where('action', 'in', ['user.deactivated', 'user.active'])
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['user.deactivated', 'user.active']);
    expect(audit[0]).toMatchObject({ actor_user_id: admin.user.id, ip: '127.0.0.1' });
    expect(audit[0]!.occurred_at).toMatch(/Z$/);
  });
});

describe('brute-force limits', () => {
  it('failures from many addresses slow the account down but never lock out an address that signed in before (issue 15, item 10)', async () => {
    // A long first delay so that no step of this test depends on how fast it runs.
    const accounts = testAccountsConfig({
      accountFailuresAllowed: 3,
      signInDelayBaseSeconds: 600,
      signInDelayMaxSeconds: 900,
    });
    const limited = await createTestApp({ demoData: true, config: { accounts } });
    try {
      const attempt = (password: string, ip: string, email: string = DEMO_USERS.member1) =>
        limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email, password },
          remoteAddress: ip,
        });
      // The owner signed in from the office before.
      expect((await attempt(DEMO_PASSWORD, '198.51.100.7')).statusCode).toBe(200);
      // An attacker guesses from three addresses.
      for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3'])
        expect((await attempt('wrong-password-guess', ip)).statusCode).toBe(401);
      // A new address must wait (429 + Retry-After), even with the right password …
      const delayed = await attempt(DEMO_PASSWORD, '203.0.113.4');
      expect(delayed.statusCode).toBe(429);
      expect(Number(delayed.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(delayed.headers['retry-after'])).toBeLessThanOrEqual(900);
      expect(delayed.headers['content-type']).toMatch(/problem\+json/);
      // … but the owner at the office is not locked out.
      expect((await attempt(DEMO_PASSWORD, '198.51.100.7')).statusCode).toBe(200);
      // Unknown addresses are limited the same way (no enumeration through the limit).
      for (let i = 0; i < 3; i++) await attempt('wrong-password-guess', '203.0.113.9', 'ghost@example.gr');
      expect((await attempt('x', '203.0.113.10', 'ghost@example.gr')).statusCode).toBe(429);
      // Other accounts are unaffected.
      expect((await attempt(DEMO_PASSWORD, '203.0.113.4', DEMO_USERS.manager2)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('one address that keeps guessing is stopped for the window, even at an account whose owner it never was', async () => {
    const limited = await createTestApp({
      demoData: true,
      config: { accounts: testAccountsConfig({ accountFailuresAllowed: 3 }) },
    });
    try {
      const attempt = (password: string, ip: string) =>
        limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: DEMO_USERS.manager1, password },
          remoteAddress: ip,
        });
      expect((await attempt(DEMO_PASSWORD, '203.0.113.66')).statusCode).toBe(200);
      for (let i = 0; i < 3; i++) expect((await attempt('wrong-password-guess', '203.0.113.66')).statusCode).toBe(401);
      // Even a known address is stopped once it guessed too often itself (per account and address).
      const stopped = await attempt(DEMO_PASSWORD, '203.0.113.66');
      expect(stopped.statusCode).toBe(429);
      expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(60);
      // Another address still signs in: failures from an address that had signed in do not slow the account.
      expect((await attempt(DEMO_PASSWORD, '127.0.0.1')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('limits sign-in, MFA and reset requests per IP (429 + Retry-After)', async () => {
    const limited = await createTestApp({
      demoData: false,
      config: { accounts: testAccountsConfig({ authRequestsPerIpPerMinute: 3 }) },
    });
    try {
      for (const url of ['/api/v1/auth/login', '/api/v1/auth/password-reset']) {
        const statuses: number[] = [];
        let last;
        for (let i = 0; i < 4; i++) {
          const payload = url.endsWith('login')
            ? { email: `someone${i}@example.gr`, password: 'whatever-it-is' }
            : { email: `someone${i}@example.gr` };
          last = await limited.app.inject({ method: 'POST', url, payload, remoteAddress: '10.9.9.9' });
          statuses.push(last.statusCode);
        }
        expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
        expect(statuses[3]).toBe(429);
        expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
        expect(last!.json().code).toBe('rate_limited');
      }
      // Another client is not affected.
      const other = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'x@example.gr', password: 'y' },
        remoteAddress: '10.1.1.1',
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });
});

describe('HTTPS behind a proxy', () => {
  it('sets Secure and the __Host- prefix and HSTS when the proxy says the request was HTTPS', async () => {
    const proxied = await createTestApp({ demoData: true, config: { trustProxy: true } });
    try {
      const response = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: DEMO_USERS.member1, password: DEMO_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.statusCode).toBe(200);
      const setCookie = String(response.headers['set-cookie']);
      expect(setCookie).toMatch(/^__Host-koinsep_session=/);
      expect(setCookie).toMatch(/Secure/);
      expect(setCookie).toMatch(/Path=\//);
      expect(setCookie).not.toMatch(/Domain=/);
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      const session = await proxied.app.inject({
        url: '/api/v1/auth/session',
        headers: { cookie: cookieFrom(response), 'x-forwarded-proto': 'https' },
      });
      expect(session.statusCode).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
