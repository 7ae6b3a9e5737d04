import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';

/**
 * PATCH /api/v1/users/{id} (admins change a role and enterprise) and
 * GET /api/v1/users/enterprise-options (the staff app's enterprise picker).
 */
let ctx: TestContext;
let draftId: string;
const enterpriseId: Record<'own' | 'foreign', string> = { own: '', foreign: '' };
const userId = async (email: string) =>
  (await ctx.app.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  const bySlug = async (slug: string) =>
    (await ctx.app.db.selectFrom('enterprises').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  enterpriseId.own = await bySlug('katharo-chalandri');
  enterpriseId.foreign = await bySlug('prasini-geitonia');
  draftId = await insertEnterprise(ctx.handle, {
    slug: 'ergastiri-draft',
    legal_name: 'Εργαστήρι Ραπτικής ΚοινΣΕπ',
    trade_name: 'Ραφτάδικο',
    status: 'draft',
  });
});
afterAll(async () => ctx?.close());

const patch = (id: string, payload: unknown, headers: Record<string, string>) =>
  ctx.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, payload: payload as object, headers });
const sessionStatus = async (who: SignedIn) =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: who.cookie } })).statusCode;

describe('GET /api/v1/users/enterprise-options', () => {
  it('lists every enterprise, drafts included, to staff and admins, sorted by name', async () => {
    for (const email of [DEMO_USERS.staff, DEMO_USERS.admin]) {
      const session = await signIn(ctx.app, email);
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/users/enterprise-options',
        headers: session.headers,
      });
      expect(response.statusCode).toBe(200);
      const items = response.json().items as Array<{ id: string; name: string; status: string; afm: string }>;
      const total = await ctx.app.db
        .selectFrom('enterprises')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(items.length).toBe(Number(total.n));
      expect(items.find((i) => i.id === draftId)).toMatchObject({
        name: 'Ραφτάδικο',
        status: 'draft',
        legalName: 'Εργαστήρι Ραπτικής ΚοινΣΕπ',
      });
      const names = items.map((i) => i.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'el')));
    }
  });

  it('is not for enterprise people or anonymous callers', async () => {
    for (const email of [DEMO_USERS.manager1, DEMO_USERS.member1]) {
      const session = await signIn(ctx.app, email);
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/users/enterprise-options',
        headers: session.headers,
      });
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users/enterprise-options' })).statusCode).toBe(401);
  });
});

describe('PATCH /api/v1/users/{id}', () => {
  it('lets an admin move a member to another enterprise as its manager: sessions end, audited, visible in the list', async () => {
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    const member = await signIn(ctx.app, DEMO_USERS.member1);
    const memberId = await userId(DEMO_USERS.member1);
    expect(await sessionStatus(member)).toBe(200);

    const response = await patch(memberId, { role: 'enterprise_manager', enterpriseId: draftId }, admin.headers);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: memberId,
      role: 'enterprise_manager',
      enterprise: { id: draftId, name: 'Ραφτάδικο' },
    });
    expect(await sessionStatus(member)).toBe(401);
    expect(await sessionStatus(admin)).toBe(200);

    const audit = await ctx.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.role_changed')
      .where('object_id', '=', memberId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0]!.details))).toMatchObject({
      from: { role: 'enterprise_member', enterpriseId: enterpriseId.own },
      to: { role: 'enterprise_manager', enterpriseId: draftId },
    });
    const again = await signIn(ctx.app, DEMO_USERS.member1);
    expect(again.user).toMatchObject({ role: 'enterprise_manager', enterprise: { id: draftId } });

    // Back as it was, so the other tests see the demo set-up; an unchanged PATCH ends nothing.
    expect(
      (await patch(memberId, { role: 'enterprise_member', enterpriseId: enterpriseId.own }, admin.headers)).statusCode,
    ).toBe(200);
    const back = await signIn(ctx.app, DEMO_USERS.member1);
    expect(
      (await patch(memberId, { role: 'enterprise_member', enterpriseId: enterpriseId.own }, admin.headers)).statusCode,
    ).toBe(200);
    expect(await sessionStatus(back)).toBe(200);
  });

  it('refuses bad input with problem details naming the field', async () => {
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    const memberId = await userId(DEMO_USERS.member1);
    const staffId = await userId(DEMO_USERS.staff);
    const cases: Array<[string, unknown, string]> = [
      [memberId, { role: 'enterprise_member' }, 'enterpriseId'],
      [memberId, { role: 'enterprise_manager', enterpriseId: null }, 'enterpriseId'],
      [staffId, { role: 'staff', enterpriseId: enterpriseId.own }, 'enterpriseId'],
      [staffId, { role: 'admin', enterpriseId: enterpriseId.own }, 'enterpriseId'],
      [memberId, { role: 'enterprise_member', enterpriseId: 'no-such-enterprise' }, 'enterpriseId'],
      [memberId, { role: 'owner', enterpriseId: enterpriseId.own }, 'role'],
      [memberId, { enterpriseId: enterpriseId.own }, 'role'],
    ];
    for (const [id, body, field] of cases) {
      const response = await patch(id, body, admin.headers);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(response.json().invalidParams ?? response.json()), JSON.stringify(body)).toContain(field);
    }
    const unchanged = await ctx.app.db
      .selectFrom('users')
      .select(['role', 'enterprise_id'])
      .where('id', 'in', [memberId, staffId])
      .orderBy('role')
      .execute();
    expect(unchanged).toEqual([
      { role: 'enterprise_member', enterprise_id: enterpriseId.own },
      { role: 'staff', enterprise_id: null },
    ]);
    expect((await patch('no-such-user', { role: 'staff' }, admin.headers)).statusCode).toBe(404);
    // Cookie without the CSRF token.
    expect((await patch(memberId, { role: 'staff' }, { cookie: admin.cookie })).statusCode).toBe(403);
  });

  it('is for admins only: staff and enterprise people get 403, and nothing changes', async () => {
    const memberId = await userId(DEMO_USERS.member1);
    const foreignManagerId = await userId(DEMO_USERS.manager2);
    for (const email of [DEMO_USERS.staff, DEMO_USERS.manager1, DEMO_USERS.member1]) {
      const session = await signIn(ctx.app, email);
      for (const [id, body] of [
        [memberId, { role: 'enterprise_manager', enterpriseId: enterpriseId.own }],
        [foreignManagerId, { role: 'enterprise_member', enterpriseId: enterpriseId.foreign }],
        [session.user.id, { role: 'admin' }],
      ] as const) {
        const response = await patch(id, body, session.headers);
        expect(response.statusCode, `${email} → ${JSON.stringify(body)}`).toBe(403);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    }
    expect(
      (await ctx.app.inject({ method: 'PATCH', url: `/api/v1/users/${memberId}`, payload: { role: 'admin' } }))
        .statusCode,
    ).toBe(401);
    const roles = await ctx.app.db
      .selectFrom('users')
      .select(['email', 'role'])
      .where('email', 'in', [DEMO_USERS.member1, DEMO_USERS.manager2, DEMO_USERS.staff, DEMO_USERS.manager1])
      .orderBy('email')
      .execute();
    expect(roles).toEqual([
      { email: DEMO_USERS.manager1, role: 'enterprise_manager' },
      { email: DEMO_USERS.manager2, role: 'enterprise_manager' },
      { email: DEMO_USERS.member1, role: 'enterprise_member' },
      { email: DEMO_USERS.staff, role: 'staff' },
    ]);
  });

  it('keeps the last active admin: self-demotion is refused until another admin exists', async () => {
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    const adminId = admin.user.id;
    const activeAdmins = await ctx.app.db
      .selectFrom('users')
      .select('email')
      .where('role', '=', 'admin')
      .where('status', '=', 'active')
      .execute();
    expect(activeAdmins.map((a) => a.email)).toEqual([DEMO_USERS.admin]);

    const refused = await patch(adminId, { role: 'staff' }, admin.headers);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'last_admin', invalidParams: [{ name: 'role' }] });
    expect(await sessionStatus(admin)).toBe(200);

    // A deactivated admin does not count.
    const staffId = await userId(DEMO_USERS.staff);
    expect((await patch(staffId, { role: 'admin' }, admin.headers)).json()).toMatchObject({
      role: 'admin',
      enterprise: null,
    });
    expect(
      (await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${staffId}/deactivate`, headers: admin.headers }))
        .statusCode,
    ).toBe(200);
    expect((await patch(adminId, { role: 'staff' }, admin.headers)).statusCode).toBe(409);

    expect(
      (await ctx.app.inject({ method: 'POST', url: `/api/v1/users/${staffId}/reactivate`, headers: admin.headers }))
        .statusCode,
    ).toBe(200);
    const demoted = await patch(adminId, { role: 'staff', enterpriseId: null }, admin.headers);
    expect(demoted.statusCode, demoted.body).toBe(200);
    expect(demoted.json()).toMatchObject({ role: 'staff' });
    // The change ends the demoted admin's own sessions too.
    expect(await sessionStatus(admin)).toBe(401);

    // The new last admin is protected in turn.
    const newAdmin = await signIn(ctx.app, DEMO_USERS.staff);
    expect(
      (await patch(staffId, { role: 'enterprise_manager', enterpriseId: enterpriseId.own }, newAdmin.headers))
        .statusCode,
    ).toBe(409);
    expect((await patch(adminId, { role: 'admin' }, newAdmin.headers)).statusCode).toBe(200);
    expect((await patch(staffId, { role: 'staff' }, newAdmin.headers)).statusCode).toBe(200);
  });

  it('is described in the OpenAPI document with its body schema', async () => {
    const doc = (await ctx.app.inject('/openapi.json')).json() as {
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: {
              content: Record<string, { schema: { properties: Record<string, unknown>; required?: string[] } }>;
            };
            responses: Record<string, unknown>;
          }
        >
      >;
    };
    const operation = doc.paths['/api/v1/users/{id}']!.patch!;
    const schema = operation.requestBody!.content['application/json']!.schema;
    expect(Object.keys(schema.properties).sort()).toEqual(['enterpriseId', 'role']);
    expect(schema.required).toEqual(['role']);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409']);
    expect(doc.paths['/api/v1/users/enterprise-options']!.get).toBeDefined();
  });
});
