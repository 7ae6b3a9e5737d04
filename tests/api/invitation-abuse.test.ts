import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';

/**
 * Issue 15, item 6, replayed: a manager's invitation revoked the admin's staff invitation to
 * the same address, and the 409 email_in_use told a manager which addresses have accounts.
 * manager1 manages "katharo-chalandri" (member1 works there); manager2 "prasini-geitonia".
 */

let ctx: TestContext;
let admin: SignedIn;
let manager: SignedIn;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  admin = await signIn(ctx.app, DEMO_USERS.admin);
  manager = await signIn(ctx.app, DEMO_USERS.manager1);
});
afterAll(async () => ctx?.close());

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url, payload, headers });
const mails = (to: string) =>
  ctx.app.db
    .selectFrom('mail_outbox')
    .select(['kind', 'body_text'])
    .where('to_address', '=', to)
    .orderBy('created_at')
    .execute();
const tokenIn = (text: string | null) => /#token=([\w-]+)/.exec(text ?? '')?.[1];

describe('invitations cannot be turned against others', () => {
  it('a manager inviting the same address does not revoke the admin’s staff invitation', async () => {
    const staffInvite = await post(
      '/api/v1/invitations',
      { email: 'new-staffer@municipality.gr', role: 'staff' },
      admin.headers,
    );
    expect(staffInvite.statusCode).toBe(201);
    const memberInvite = await post(
      '/api/v1/invitations',
      { email: 'new-staffer@municipality.gr', role: 'enterprise_member' },
      manager.headers,
    );
    expect(memberInvite.statusCode).toBe(201);

    const pending = await ctx.app.inject({ url: '/api/v1/invitations?status=pending', headers: admin.headers });
    const ids = (pending.json().items as Array<{ id: string }>).map((i) => i.id);
    expect(ids).toContain(staffInvite.json().id);
    // The admin's link still works.
    const [staffMail] = (await mails('new-staffer@municipality.gr')).filter((m) => m.kind === 'invitation');
    const preview = await post('/api/v1/invitations/preview', { token: tokenIn(staffMail!.body_text)! });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().role).toBe('staff');
  });

  it('a manager’s second invitation replaces their own first one', async () => {
    const first = await post(
      '/api/v1/invitations',
      { email: 'colleague-2@katharo.example', role: 'enterprise_member' },
      manager.headers,
    );
    const second = await post(
      '/api/v1/invitations',
      { email: 'colleague-2@katharo.example', role: 'enterprise_member' },
      manager.headers,
    );
    const all = (await ctx.app.inject({ url: '/api/v1/invitations?status=all', headers: manager.headers })).json()
      .items as Array<{ id: string; status: string }>;
    expect(all.find((i) => i.id === first.json().id)?.status).toBe('revoked');
    expect(all.find((i) => i.id === second.json().id)?.status).toBe('pending');
  });

  it('a manager invites only to their own enterprise', async () => {
    const other = await ctx.app.db
      .selectFrom('enterprises')
      .select('id')
      .where('slug', '=', 'prasini-geitonia')
      .executeTakeFirstOrThrow();
    const response = await post(
      '/api/v1/invitations',
      { email: 'someone@prasini.example', role: 'enterprise_member', enterpriseId: other.id },
      manager.headers,
    );
    // Another enterprise's things answer 404 for enterprise users (the project's rule).
    expect(response.statusCode).toBe(404);
    expect(
      await ctx.app.db.selectFrom('invitations').select('id').where('email', '=', 'someone@prasini.example').execute(),
    ).toHaveLength(0);
  });

  it('an address with an account outside the manager’s enterprise gets the answer a new address gets; its owner is told by e-mail', async () => {
    const fresh = await post(
      '/api/v1/invitations',
      { email: 'nobody-yet@example.gr', role: 'enterprise_member' },
      manager.headers,
    );
    const taken = await post(
      '/api/v1/invitations',
      { email: DEMO_USERS.manager2, role: 'enterprise_member' },
      manager.headers,
    );
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(Object.keys(taken.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
    expect(taken.json()).toMatchObject({ email: DEMO_USERS.manager2, status: 'pending', role: 'enterprise_member' });
    const staffAddress = await post(
      '/api/v1/invitations',
      { email: DEMO_USERS.admin, role: 'enterprise_member' },
      manager.headers,
    );
    expect(staffAddress.statusCode).toBe(201);

    // No usable link goes to the owner, only a notice; their account is unchanged.
    const ownerMail = await mails(DEMO_USERS.manager2);
    expect(ownerMail.map((m) => m.kind)).toEqual(['invitation_existing_account']);
    expect(tokenIn(ownerMail[0]!.body_text)).toBeUndefined();
    const user = await ctx.app.db
      .selectFrom('users')
      .select(['role', 'enterprise_id'])
      .where('email', '=', DEMO_USERS.manager2)
      .executeTakeFirstOrThrow();
    expect(user.role).toBe('enterprise_manager');
  });

  it('someone who may see the account still gets 409: the manager for their own member, the admin for anyone', async () => {
    const own = await post(
      '/api/v1/invitations',
      { email: DEMO_USERS.member1, role: 'enterprise_member' },
      manager.headers,
    );
    expect(own.statusCode).toBe(409);
    expect(own.json().code).toBe('email_in_use');
    const byAdmin = await post('/api/v1/invitations', { email: DEMO_USERS.manager2, role: 'staff' }, admin.headers);
    expect(byAdmin.statusCode).toBe(409);
  });
});
