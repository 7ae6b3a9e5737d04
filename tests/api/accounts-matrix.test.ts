import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { insertUser } from '../../api/repositories/users.ts';
import { hashPassword } from '../../api/accounts/password-hashing.ts';

/**
 * Issue 4, scope 10: role × mutating route × own vs foreign object, with the expected
 * status for every cell. "Own" = an object of manager1's and member1's enterprise
 * (katharo-chalandri), "foreign" = of manager2's (prasini-geitonia). Municipal roles
 * have no enterprise: for them both columns are simply objects they may or may not touch.
 */
type Actor = 'anonymous' | 'admin' | 'staff' | 'manager1' | 'member1';
type Scope = 'own' | 'foreign';

let ctx: TestContext;
const sessions: Partial<Record<Actor, SignedIn>> = {};
const targets: Record<Scope, { memberId: string; invitationIds: string[] }> = {
  own: { memberId: '', invitationIds: [] },
  foreign: { memberId: '', invitationIds: [] },
};
const enterpriseIds: Record<Scope, string> = { own: '', foreign: '' };

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  const bySlug = async (slug: string) =>
    (await ctx.app.db.selectFrom('enterprises').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  enterpriseIds.own = await bySlug('katharo-chalandri');
  enterpriseIds.foreign = await bySlug('prasini-geitonia');
  const passwordHash = await hashPassword('a-member-password-42');
  const admin = await ctx.app.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_USERS.admin)
    .executeTakeFirstOrThrow();
  for (const scope of ['own', 'foreign'] as const) {
    targets[scope].memberId = await insertUser(ctx.app.db, {
      email: `target-member-${scope}@example.gr`,
      name: `Target ${scope}`,
      role: 'enterprise_member',
      enterpriseId: enterpriseIds[scope],
      passwordHash,
    });
    // One pending invitation per actor that may try to withdraw it.
    for (let i = 0; i < 5; i++) {
      const id = randomUUID();
      await ctx.app.db
        .insertInto('invitations')
        .values({
          id,
          token_hash: randomUUID(),
          email: `pending-${scope}-${i}@example.gr`,
          role: 'enterprise_member',
          enterprise_id: enterpriseIds[scope],
          invited_by: admin.id,
          created_at: new Date().toISOString(),
          expires_at: new Date(Date.now() + 86_400_000).toISOString(),
          accepted_at: null,
          accepted_user_id: null,
          revoked_at: null,
        })
        .execute();
      targets[scope].invitationIds.push(id);
    }
  }
  sessions.admin = await signIn(ctx.app, DEMO_USERS.admin);
  sessions.staff = await signIn(ctx.app, DEMO_USERS.staff);
  sessions.manager1 = await signIn(ctx.app, DEMO_USERS.manager1);
  sessions.member1 = await signIn(ctx.app, DEMO_USERS.member1);
});
afterAll(async () => ctx?.close());

interface RouteCase {
  name: string;
  request: (scope: Scope, actorIndex: number) => { method: 'GET' | 'POST' | 'DELETE'; url: string; payload?: unknown };
  expected: Record<Actor, Record<Scope, number>>;
}

const ACTORS: Actor[] = ['anonymous', 'admin', 'staff', 'manager1', 'member1'];
const cells = (
  admin: [number, number],
  staff: [number, number],
  manager1: [number, number],
  member1: [number, number],
) => ({
  anonymous: { own: 401, foreign: 401 },
  admin: { own: admin[0], foreign: admin[1] },
  staff: { own: staff[0], foreign: staff[1] },
  manager1: { own: manager1[0], foreign: manager1[1] },
  member1: { own: member1[0], foreign: member1[1] },
});

const ROUTES: RouteCase[] = [
  {
    name: 'GET /users/:id',
    request: (scope) => ({ method: 'GET', url: `/api/v1/users/${targets[scope].memberId}` }),
    expected: cells([200, 200], [200, 200], [200, 404], [403, 404]),
  },
  {
    name: 'POST /users/:id/deactivate',
    request: (scope) => ({ method: 'POST', url: `/api/v1/users/${targets[scope].memberId}/deactivate` }),
    expected: cells([200, 200], [403, 403], [200, 404], [403, 404]),
  },
  {
    name: 'POST /users/:id/reactivate',
    request: (scope) => ({ method: 'POST', url: `/api/v1/users/${targets[scope].memberId}/reactivate` }),
    expected: cells([200, 200], [403, 403], [200, 404], [403, 404]),
  },
  {
    name: 'POST /users/:id/mfa-reset',
    request: (scope) => ({ method: 'POST', url: `/api/v1/users/${targets[scope].memberId}/mfa-reset` }),
    expected: cells([200, 200], [403, 403], [403, 404], [403, 404]),
  },
  {
    name: 'POST /users/:id/end-sessions',
    request: (scope) => ({ method: 'POST', url: `/api/v1/users/${targets[scope].memberId}/end-sessions` }),
    expected: cells([200, 200], [403, 403], [200, 404], [403, 404]),
  },
  {
    name: 'POST /invitations (enterprise member)',
    request: (scope, i) => ({
      method: 'POST',
      url: '/api/v1/invitations',
      payload: {
        email: `matrix-${scope}-${i}@example.gr`,
        role: 'enterprise_member',
        enterpriseId: enterpriseIds[scope],
      },
    }),
    expected: cells([201, 201], [201, 201], [201, 404], [403, 403]),
  },
  {
    name: 'POST /invitations (enterprise manager)',
    request: (scope, i) => ({
      method: 'POST',
      url: '/api/v1/invitations',
      payload: {
        email: `matrix-mgr-${scope}-${i}@example.gr`,
        role: 'enterprise_manager',
        enterpriseId: enterpriseIds[scope],
      },
    }),
    expected: cells([201, 201], [201, 201], [403, 404], [403, 403]),
  },
  {
    name: 'DELETE /invitations/:id',
    request: (scope, i) => ({ method: 'DELETE', url: `/api/v1/invitations/${targets[scope].invitationIds[i]}` }),
    expected: cells([204, 204], [204, 204], [204, 404], [403, 403]),
  },
];

describe('authorisation matrix: role × mutating route × own vs foreign enterprise', () => {
  for (const route of ROUTES) {
    for (const [actorIndex, actor] of ACTORS.entries()) {
      for (const scope of ['own', 'foreign'] as const) {
        const expected = route.expected[actor][scope];
        it(`${route.name} as ${actor} on a ${scope} object → ${expected}`, async () => {
          const { method, url, payload } = route.request(scope, actorIndex);
          const headers = actor === 'anonymous' ? {} : sessions[actor]!.headers;
          const response = await ctx.app.inject({
            method,
            url,
            headers,
            ...(payload ? { payload: payload as object } : {}),
          });
          expect(response.statusCode, response.body).toBe(expected);
          if (expected >= 400) expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        });
      }
    }
  }

  it('staff and municipal-role invitations: only admins invite staff or admins', async () => {
    for (const [actor, expected] of [
      ['admin', 201],
      ['staff', 403],
      ['manager1', 404],
      ['member1', 403],
    ] as const) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/invitations',
        headers: sessions[actor]!.headers,
        payload: { email: `new-staff-by-${actor}@example.gr`, role: 'staff' },
      });
      expect(response.statusCode, `${actor}: ${response.body}`).toBe(expected);
    }
  });

  it('lists people by scope: staff all, a manager only their enterprise, a member nobody', async () => {
    const all = await ctx.app.inject({ url: '/api/v1/users', headers: sessions.staff!.headers });
    const emails = (all.json().items as Array<{ email: string }>).map((u) => u.email);
    expect(emails).toEqual(
      expect.arrayContaining([DEMO_USERS.admin, DEMO_USERS.manager2, 'target-member-foreign@example.gr']),
    );
    const mine = await ctx.app.inject({
      url: `/api/v1/users?enterpriseId=${enterpriseIds.foreign}`,
      headers: sessions.manager1!.headers,
    });
    const seen = mine.json().items as Array<{ enterprise: { id: string } | null }>;
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every((u) => u.enterprise?.id === enterpriseIds.own)).toBe(true);
    expect((await ctx.app.inject({ url: '/api/v1/users', headers: sessions.member1!.headers })).statusCode).toBe(403);
    const invitations = await ctx.app.inject({
      url: '/api/v1/invitations?status=all',
      headers: sessions.manager1!.headers,
    });
    expect(
      (invitations.json().items as Array<{ enterprise: { id: string } }>).every(
        (i) => i.enterprise.id === enterpriseIds.own,
      ),
    ).toBe(true);
  });

  it('keeps the mail outbox to admins', async () => {
    expect((await ctx.app.inject({ url: '/api/v1/mail-outbox', headers: sessions.admin!.headers })).statusCode).toBe(
      200,
    );
    expect((await ctx.app.inject({ url: '/api/v1/mail-outbox', headers: sessions.staff!.headers })).statusCode).toBe(
      403,
    );
    expect((await ctx.app.inject({ url: '/api/v1/mail-outbox' })).statusCode).toBe(401);
  });

  it('never lets an admin lock themselves out', async () => {
    const me = sessions.admin!;
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/users/${me.user.id}/deactivate`,
      headers: me.headers,
    });
    expect(response.statusCode).toBe(403);
  });
});
