import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { HttpProblem, InvalidParameterProblem, NotFoundProblem } from '../../http/errors.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ENTERPRISE_ROLES, type Action } from '../../domain/authorization.ts';
import { findUserById, getUserView, listUserViews } from '../../accounts/users.ts';
import { recordAudit } from '../../accounts/audit.ts';
import { actorOf, enforce } from '../auth/helpers.ts';
import { IdParamsSchema, RoleSchema, UserSchema } from '../auth/schemas.ts';

const UserListQuerySchema = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name or e-mail' })),
    role: Type.Optional(RoleSchema),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('deactivated')])),
    enterpriseId: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);
const UserListSchema = Type.Object({ items: Type.Array(UserSchema) }, { additionalProperties: false });
const UpdateUserSchema = Type.Object(
  {
    role: RoleSchema,
    enterpriseId: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()], {
        description: 'Required for enterprise roles; must be absent or null for admin and staff',
      }),
    ),
  },
  { additionalProperties: false },
);
const EnterpriseOptionSchema = Type.Object(
  {
    id: Type.String(),
    slug: Type.String(),
    name: Type.String({ description: 'Trade name, else legal name' }),
    legalName: Type.String(),
    afm: Type.String(),
    status: Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('hidden')]),
  },
  { additionalProperties: false },
);
export type EnterpriseOptionDto = Static<typeof EnterpriseOptionSchema>;
const EnterpriseOptionListSchema = Type.Object({ items: Type.Array(EnterpriseOptionSchema) }, { additionalProperties: false });
const EndedSessionsSchema = Type.Object({ user: UserSchema, endedSessions: Type.Integer() }, { additionalProperties: false });

/**
 * People (issue 4): staff see everyone, a manager their own enterprise's people; admins
 * deactivate, reactivate, reset the second factor and end sessions of any account, a
 * manager of their enterprise's members. Mounted at /api/v1/users.
 */
const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { sessions } = app.accounts;
  const anyStaffOrManager = requireRole('admin', 'staff', 'enterprise_manager', 'enterprise_member');

  async function loadTarget(request: Parameters<typeof enforce>[0], id: string, action: Action) {
    const target = await findUserById(app.db, id);
    if (!target) throw new NotFoundProblem('User');
    enforce(request, action, { enterpriseId: target.enterprise_id, role: target.role, userId: target.id }, 'User');
    return target;
  }

  app.get(
    '/',
    {
      schema: {
        tags: ['accounts'],
        summary: 'People with accounts (a manager sees only their own enterprise)',
        querystring: UserListQuerySchema,
        response: { 200: UserListSchema, ...problemResponses(400, 401, 403) },
      },
      preHandler: anyStaffOrManager,
    },
    async (request) => {
      enforce(request, 'user.list', { enterpriseId: null }, 'Users');
      const me = request.user!;
      const enterpriseId = me.role === 'enterprise_manager' ? me.enterpriseId! : request.query.enterpriseId;
      return { items: await listUserViews(app.db, { ...request.query, enterpriseId }) };
    },
  );

  app.get(
    '/enterprise-options',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Every enterprise in the registry, drafts and hidden ones too, for choosing whom to invite or assign (staff only)',
        description: 'Invitations often precede publication, so drafts are included. Sorted by name in Greek order.',
        response: { 200: EnterpriseOptionListSchema, ...problemResponses(401, 403) },
      },
      preHandler: requireRole('admin', 'staff'),
    },
    async () => {
      const rows = await app.db
        .selectFrom('enterprises')
        .select(['id', 'slug', 'legal_name', 'trade_name', 'afm', 'status'])
        .limit(10_000)
        .execute();
      const items = rows.map((row) => ({
        id: row.id,
        slug: row.slug,
        name: row.trade_name ?? row.legal_name,
        legalName: row.legal_name,
        afm: row.afm,
        status: row.status,
      }));
      items.sort((a, b) => a.name.localeCompare(b.name, 'el'));
      return { items };
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: "Change an account's role and enterprise (admins only); the account's sessions end",
        description:
          'Enterprise roles need an enterpriseId, admin and staff must not have one. The last active admin cannot stop being an admin (409 last_admin).',
        params: IdParamsSchema,
        body: UpdateUserSchema,
        response: { 200: UserSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
      // Changing roles hands out power over every account: admins only (issue 4, DESIGN §1).
      preHandler: requireRole('admin'),
    },
    async (request) => {
      const target = await loadTarget(request, request.params.id, 'user.read');
      const { role } = request.body;
      const enterpriseId = request.body.enterpriseId ?? null;
      const isEnterpriseRole = ENTERPRISE_ROLES.includes(role);
      if (isEnterpriseRole && !enterpriseId) throw new InvalidParameterProblem('enterpriseId', `is required for the role ${role}`, 'body');
      if (!isEnterpriseRole && enterpriseId) throw new InvalidParameterProblem('enterpriseId', `must be empty for the role ${role}`, 'body');
      if (enterpriseId) {
        const known = await app.db.selectFrom('enterprises').select('id').where('id', '=', enterpriseId).executeTakeFirst();
        if (!known) throw new InvalidParameterProblem('enterpriseId', 'is not a known enterprise', 'body');
      }
      if (target.role === role && target.enterprise_id === enterpriseId) return (await getUserView(app.db, target.id))!;
      await app.db.transaction().execute(async (trx) => {
        if (target.role === 'admin' && role !== 'admin' && target.status === 'active') {
          // Counted inside the transaction, so two admins demoting each other cannot both succeed.
          const others = await trx
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('role', '=', 'admin')
            .where('status', '=', 'active')
            .where('id', '!=', target.id)
            .executeTakeFirstOrThrow();
          if (Number(others.n) === 0) {
            throw new HttpProblem(409, 'last_admin', 'Last admin', 'This is the last active admin: make another account admin first.', {
              invalidParams: [{ name: 'role', reason: 'the last active admin must stay admin', in: 'body' }],
            });
          }
        }
        await trx
          .updateTable('users')
          .set({ role, enterprise_id: enterpriseId, updated_at: new Date().toISOString() })
          .where('id', '=', target.id)
          .execute();
        await recordAudit(trx, actorOf(request), {
          action: 'user.role_changed',
          objectType: 'user',
          objectId: target.id,
          details: { email: target.email, from: { role: target.role, enterpriseId: target.enterprise_id }, to: { role, enterpriseId } },
        });
      });
      // New powers (or fewer) take effect at the next sign-in, with the second factor the new role needs.
      sessions.destroyAllForUser(target.id);
      return (await getUserView(app.db, target.id))!;
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags: ['accounts'],
        summary: 'One account',
        params: IdParamsSchema,
        response: { 200: UserSchema, ...problemResponses(401, 403, 404) },
      },
      preHandler: anyStaffOrManager,
    },
    async (request) => {
      await loadTarget(request, request.params.id, 'user.read');
      return (await getUserView(app.db, request.params.id))!;
    },
  );

  for (const [path, action, status, summary] of [
    ['/:id/deactivate', 'user.deactivate', 'deactivated', 'Deactivate an account: it can no longer sign in and its sessions end'],
    ['/:id/reactivate', 'user.reactivate', 'active', 'Reactivate a deactivated account'],
  ] as const) {
    app.post(
      path,
      {
        schema: {
          tags: ['accounts'],
          summary,
          params: IdParamsSchema,
          response: { 200: UserSchema, ...problemResponses(401, 403, 404) },
        },
        preHandler: anyStaffOrManager,
      },
      async (request) => {
        const target = await loadTarget(request, request.params.id, action);
        if (target.status !== status) {
          const now = new Date().toISOString();
          await app.db.transaction().execute(async (trx) => {
            await trx
              .updateTable('users')
              .set({ status, deactivated_at: status === 'deactivated' ? now : null, updated_at: now })
              .where('id', '=', target.id)
              .execute();
            await recordAudit(trx, actorOf(request), { action: `user.${status}`, objectType: 'user', objectId: target.id, details: { email: target.email } });
          });
          if (status === 'deactivated') sessions.destroyAllForUser(target.id);
        }
        return (await getUserView(app.db, target.id))!;
      },
    );
  }

  app.post(
    '/:id/mfa-reset',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Remove the second factor of an account (lost phone); the person sets up a new one at the next sign-in',
        params: IdParamsSchema,
        response: { 200: UserSchema, ...problemResponses(401, 403, 404) },
      },
      preHandler: anyStaffOrManager,
    },
    async (request) => {
      const target = await loadTarget(request, request.params.id, 'user.reset_mfa');
      await app.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('user_totp').where('user_id', '=', target.id).execute();
        await trx.deleteFrom('recovery_codes').where('user_id', '=', target.id).execute();
        await recordAudit(trx, actorOf(request), { action: 'user.mfa_reset', objectType: 'user', objectId: target.id, details: { email: target.email } });
      });
      sessions.destroyAllForUser(target.id);
      return (await getUserView(app.db, target.id))!;
    },
  );

  app.post(
    '/:id/end-sessions',
    {
      schema: {
        tags: ['accounts'],
        summary: "End every session of an account (sign it out everywhere)",
        params: IdParamsSchema,
        response: { 200: EndedSessionsSchema, ...problemResponses(401, 403, 404) },
      },
      preHandler: anyStaffOrManager,
    },
    async (request) => {
      const target = await loadTarget(request, request.params.id, 'user.end_sessions');
      const endedSessions = sessions.destroyAllForUser(target.id);
      await recordAudit(app.db, actorOf(request), {
        action: 'user.sessions_ended',
        objectType: 'user',
        objectId: target.id,
        details: { email: target.email, endedSessions },
      });
      return { user: (await getUserView(app.db, target.id))!, endedSessions };
    },
  );
};

export default userRoutes;
