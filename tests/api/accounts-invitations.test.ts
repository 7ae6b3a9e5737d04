import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { cookieFrom, DEMO_PASSWORD, DEMO_USERS, signIn } from '../helpers/auth.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
});
afterAll(async () => ctx?.close());

/** The newest message to `to` in the outbox (no SMTP_URL in this config) and the token in its link. */
async function lastMail(to: string, kind: string) {
  const row = await ctx.app.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('to_address', '=', to)
    .where('kind', '=', kind)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const link = /(http\S+#token=([\w-]+))/.exec(row.body_text ?? '');
  return { row, link: link?.[1], token: link?.[2] };
}

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url, payload, headers });

describe('invitations', () => {
  it('invites staff: one-time link by mail, preview, password rules, account with mandatory MFA at first sign-in', async () => {
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    const invited = await post(
      '/api/v1/invitations',
      { email: 'New.Colleague@Chalandri.gr', role: 'staff', locale: 'en' },
      admin.headers,
    );
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({
      email: 'new.colleague@chalandri.gr',
      role: 'staff',
      status: 'pending',
      enterprise: null,
    });
    const days = (Date.parse(invited.json().expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const { row, link, token } = await lastMail('new.colleague@chalandri.gr', 'invitation');
    expect(row.subject).toBe('Invitation to the Social Enterprise Directory');
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/admin\/invitation#token=/);
    expect(JSON.stringify(await ctx.app.db.selectFrom('invitations').selectAll().execute())).not.toContain(token!);

    const preview = await post('/api/v1/invitations/preview', { token: token! });
    expect(preview.json()).toMatchObject({ email: 'new.colleague@chalandri.gr', role: 'staff', mfaRequired: true });
    const weak = await post('/api/v1/invitations/accept', {
      token: token!,
      name: 'Νέα Συνάδελφος',
      password: 'qwertyuiop123',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().invalidParams[0].name).toBe('password');
    const accepted = await post('/api/v1/invitations/accept', {
      token: token!,
      name: 'Νέα Συνάδελφος',
      password: 'olive-tree-by-the-sea-9',
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({
      mfaEnrolmentRequired: true,
      user: { role: 'staff', name: 'Νέα Συνάδελφος' },
    });
    const reused = await post('/api/v1/invitations/accept', {
      token: token!,
      name: 'Again',
      password: 'olive-tree-by-the-sea-9',
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().code).toBe('token_used');
    const first = await post('/api/v1/auth/login', {
      email: 'new.colleague@chalandri.gr',
      password: 'olive-tree-by-the-sea-9',
    });
    expect(first.json().mfaEnrolmentRequired).toBe(true);
    const invitations = await ctx.app.inject({ url: '/api/v1/invitations?status=accepted', headers: admin.headers });
    expect((invitations.json().items as Array<{ email: string }>).map((i) => i.email)).toContain(
      'new.colleague@chalandri.gr',
    );
  });

  it('lets a manager invite a member to their own enterprise, with a Greek mail by default', async () => {
    const manager = await signIn(ctx.app, DEMO_USERS.manager1);
    const invited = await post(
      '/api/v1/invitations',
      { email: 'colleague@katharo.example', role: 'enterprise_member' },
      manager.headers,
    );
    expect(invited.statusCode).toBe(201);
    expect(invited.json().enterprise.slug).toBe('katharo-chalandri');
    const { row, token } = await lastMail('colleague@katharo.example', 'invitation');
    expect(row.subject).toBe('Πρόσκληση στο Μητρώο Κοινωνικών Επιχειρήσεων');
    expect(row.body_text).toContain('«Καθαρό Χαλάνδρι»');
    const accepted = await post('/api/v1/invitations/accept', {
      token: token!,
      name: 'Γιώργος Συνεργάτης',
      password: 'mop-and-bucket-brigade',
    });
    expect(accepted.json().user.enterprise.slug).toBe('katharo-chalandri');
    expect(accepted.json().mfaEnrolmentRequired).toBe(false);
  });

  it('refuses bad input with problem details naming the field', async () => {
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    const badEmail = await post('/api/v1/invitations', { email: 'not-an-address', role: 'staff' }, admin.headers);
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().invalidParams[0].name).toBe('email');
    const noEnterprise = await post(
      '/api/v1/invitations',
      { email: 'x@example.gr', role: 'enterprise_manager' },
      admin.headers,
    );
    expect(noEnterprise.json().invalidParams[0].name).toBe('enterpriseId');
    const unknownEnterprise = await post(
      '/api/v1/invitations',
      { email: 'x@example.gr', role: 'enterprise_manager', enterpriseId: 'nope' },
      admin.headers,
    );
    expect(unknownEnterprise.statusCode).toBe(400);
    const existing = await post('/api/v1/invitations', { email: DEMO_USERS.member1, role: 'staff' }, admin.headers);
    expect(existing.statusCode).toBe(409);
    const extraField = await post(
      '/api/v1/invitations',
      { email: 'y@example.gr', role: 'staff', isAdmin: true },
      admin.headers,
    );
    expect(extraField.statusCode).toBe(400);
    expect(extraField.json().invalidParams[0].name).toBe('isAdmin');
    const garbageToken = await post('/api/v1/invitations/preview', { token: 'a'.repeat(43) });
    expect(garbageToken.json().code).toBe('token_invalid');
  });

  it('refuses an expired or withdrawn invitation link', async () => {
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    const invited = await post('/api/v1/invitations', { email: 'late@example.gr', role: 'staff' }, admin.headers);
    const { token } = await lastMail('late@example.gr', 'invitation');
    await ctx.app.db
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', invited.json().id)
      .execute();
    const expired = await post('/api/v1/invitations/accept', {
      token: token!,
      name: 'Late',
      password: 'olive-tree-by-the-sea-9',
    });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().code).toBe('token_expired');
    const again = await post('/api/v1/invitations', { email: 'late@example.gr', role: 'staff' }, admin.headers);
    const second = await lastMail('late@example.gr', 'invitation');
    const withdrawn = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/invitations/${again.json().id}`,
      headers: admin.headers,
    });
    expect(withdrawn.statusCode).toBe(204);
    expect((await post('/api/v1/invitations/preview', { token: second.token! })).json().code).toBe('token_invalid');
  });
});

describe('password reset', () => {
  it('answers the same for known and unknown addresses and mails only real accounts', async () => {
    const before = (await ctx.app.db.selectFrom('mail_outbox').select('id').execute()).length;
    const known = await post('/api/v1/auth/password-reset', { email: DEMO_USERS.manager2 });
    const unknown = await post('/api/v1/auth/password-reset', { email: 'nobody-at-all@example.gr' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    const after = await ctx.app.db.selectFrom('mail_outbox').select('to_address').execute();
    expect(after.length - before).toBe(1);
    expect(after.map((m) => m.to_address)).not.toContain('nobody-at-all@example.gr');
  });

  it('sets a new password with the link once, ends every session, and refuses an expired link', async () => {
    const old = await signIn(ctx.app, DEMO_USERS.manager2);
    await post('/api/v1/auth/password-reset', { email: DEMO_USERS.manager2, locale: 'en' });
    const { row, token } = await lastMail(DEMO_USERS.manager2, 'password_reset');
    expect(row.subject).toBe('Resetting your password');
    const weak = await post('/api/v1/auth/password-reset/confirm', { token: token!, password: '123456789012' });
    expect(weak.statusCode).toBe(400);
    const done = await post('/api/v1/auth/password-reset/confirm', {
      token: token!,
      password: 'new-green-neighbourhood-8',
    });
    expect(done.statusCode).toBe(204);
    expect((await ctx.app.inject({ url: '/api/v1/auth/session', headers: { cookie: old.cookie } })).statusCode).toBe(
      401,
    );
    expect((await post('/api/v1/auth/login', { email: DEMO_USERS.manager2, password: DEMO_PASSWORD })).statusCode).toBe(
      401,
    );
    expect(
      (await post('/api/v1/auth/login', { email: DEMO_USERS.manager2, password: 'new-green-neighbourhood-8' }))
        .statusCode,
    ).toBe(200);
    const reused = await post('/api/v1/auth/password-reset/confirm', {
      token: token!,
      password: 'another-green-path-77',
    });
    expect(reused.json().code).toBe('token_used');

    await post('/api/v1/auth/password-reset', { email: DEMO_USERS.manager2 });
    const fresh = await lastMail(DEMO_USERS.manager2, 'password_reset');
    await ctx.app.db
      .updateTable('password_reset_tokens')
      .set({ expires_at: new Date(Date.now() - 1).toISOString() })
      .where('used_at', 'is', null)
      .execute();
    const expired = await post('/api/v1/auth/password-reset/confirm', {
      token: fresh.token!,
      password: 'another-green-path-77',
    });
    expect(expired.json().code).toBe('token_expired');
  });
});

describe('audit log', () => {
  it('records sign-ins, MFA, invitations and user changes, and never a secret', async () => {
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    await post('/api/v1/auth/login', { email: DEMO_USERS.admin, password: 'wrong-password-here' });
    const pending = await post('/api/v1/auth/login', { email: DEMO_USERS.admin, password: DEMO_PASSWORD });
    await post(
      '/api/v1/auth/mfa',
      { code: '000000' },
      { cookie: cookieFrom(pending), 'x-csrf-token': pending.json().csrfToken },
    );
    void admin;
    const log = await ctx.app.db.selectFrom('audit_log').selectAll().execute();
    const actions = new Set(log.map((l) => l.action));
    for (const action of [
      'auth.login',
      'auth.login_failed',
      'auth.mfa_failed',
      'invitation.created',
      'invitation.accepted',
      'user.created',
      'invitation.revoked',
      'auth.password_reset',
    ]) {
      expect(actions, action).toContain(action);
    }
    const text = JSON.stringify(log);
    const secrets = [
      DEMO_PASSWORD,
      'wrong-password-here',
      'olive-tree-by-the-sea-9',
      'new-green-neighbourhood-8',
      'KOINSEPDEMOTOTPA',
    ];
    for (const mail of await ctx.app.db.selectFrom('mail_outbox').select('body_text').execute()) {
      const token = /#token=([\w-]+)/.exec(mail.body_text ?? '')?.[1];
      if (token) secrets.push(token);
    }
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const session of await ctx.app.db.selectFrom('sessions').select('csrf_token').execute())
      expect(text).not.toContain(session.csrf_token);
  });
});
