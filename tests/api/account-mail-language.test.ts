import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { DEMO_PASSWORD, DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { testAccountsConfig } from '../../api/accounts/accounts-config.ts';

/**
 * A person changes the language of their own e-mail (issue 13: mail goes to each person in
 * their language), and the mail sent afterwards, through a real SMTP server on 127.0.0.1, is in it.
 */

let ctx: TestContext;
let smtp: SmtpInbox;
beforeAll(async () => {
  smtp = await startSmtpInbox();
  ctx = await createTestApp({ demoData: true, config: { accounts: testAccountsConfig({ smtpUrl: smtp.url }) } });
});
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

const patchMe = (who: SignedIn | null, payload: unknown, headers: Record<string, string> = who?.headers ?? {}) =>
  ctx.app.inject({ method: 'PATCH', url: '/api/v1/auth/me', headers, payload: payload as object });
const requestReset = (email: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email } });

describe('my mail language', () => {
  it('changes my own language, audits it, and the next password-reset mail is in it', async () => {
    const member = await signIn(ctx.app, DEMO_USERS.member1);
    const session = await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: member.cookie } });
    expect(session.json().user.locale).toBe('el');

    await requestReset(DEMO_USERS.member1);
    const greek = await smtp.waitFor(DEMO_USERS.member1, /^Επαναφορά κωδικού πρόσβασης$/);
    expect(greek.text).toContain('Καλημέρα σας');

    const changed = await patchMe(member, { locale: 'en' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user).toMatchObject({ email: DEMO_USERS.member1, locale: 'en' });
    const again = await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: member.cookie } });
    expect(again.json().user.locale).toBe('en');

    await requestReset(DEMO_USERS.member1);
    const english = await smtp.waitFor(DEMO_USERS.member1, /^Resetting your password$/);
    expect(english.text).toContain('Someone (hopefully you) asked to reset the password');

    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.locale_changed')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_email: DEMO_USERS.member1, object_type: 'user', object_id: member.user.id });
    expect(JSON.parse(audit[0]!.details)).toEqual({ from: 'el', to: 'en' });

    // The same language again changes nothing and logs nothing.
    expect((await patchMe(member, { locale: 'en' })).statusCode).toBe(200);
    expect(
      await ctx.app.db.selectFrom('audit_log').select('id').where('action', '=', 'user.locale_changed').execute(),
    ).toHaveLength(1);
  });

  it('writes the password-changed mail in the language chosen a moment before', async () => {
    const manager = await signIn(ctx.app, DEMO_USERS.manager3);
    expect((await patchMe(manager, { locale: 'en' })).statusCode).toBe(200);
    const changed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: manager.headers,
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'quiet-orange-balcony-42' },
    });
    expect(changed.statusCode).toBe(200);
    await smtp.waitFor(DEMO_USERS.manager3, /^Your password was changed$/);
  });

  it('changes only my own account: nothing in the request can name another one', async () => {
    const staff = await signIn(ctx.app, DEMO_USERS.staff);
    const admin = await ctx.app.db
      .selectFrom('users')
      .select(['id', 'locale'])
      .where('email', '=', DEMO_USERS.admin)
      .executeTakeFirstOrThrow();
    const other = await patchMe(staff, { locale: 'en', id: admin.id });
    expect(other.statusCode).toBe(400);
    expect(other.json().invalidParams[0].name).toBe('id');
    const byEmail = await patchMe(staff, { locale: 'en', email: DEMO_USERS.admin });
    expect(byEmail.statusCode).toBe(400);
    const after = await ctx.app.db
      .selectFrom('users')
      .select('locale')
      .where('email', 'in', [DEMO_USERS.admin, DEMO_USERS.staff])
      .execute();
    expect(after.map((u) => u.locale)).toEqual(['el', 'el']);
  });

  it('refuses a language it does not have with problem details naming the field', async () => {
    const member = await signIn(ctx.app, DEMO_USERS.manager1);
    for (const locale of ['fr', '', null, 1]) {
      const bad = await patchMe(member, { locale });
      expect(bad.statusCode, JSON.stringify(locale)).toBe(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(bad.json().invalidParams[0]).toMatchObject({ name: 'locale', in: 'body' });
    }
    const missing = await patchMe(member, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams[0].name).toBe('locale');
  });

  it('needs a signed-in session and its CSRF token', async () => {
    expect((await patchMe(null, { locale: 'en' })).statusCode).toBe(401);
    const member = await signIn(ctx.app, DEMO_USERS.manager2);
    const noCsrf = await patchMe(member, { locale: 'en' }, { cookie: member.cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf_token_invalid');
  });
});
