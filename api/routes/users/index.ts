import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParamsSchema, UserSchema } from '../../http/account-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf } from '../../http/request-context.ts';
import { requireRole } from '../../plugins/auth.ts';
import {
  EndedSessionsSchema,
  EnterpriseOptionListSchema,
  UpdateUserSchema,
  UserListQuerySchema,
  UserListSchema,
} from './schemas.ts';

const tags = ['accounts'];

/**
 * People (issue 4): staff see everyone, a manager their own enterprise's people; admins
 * deactivate, reactivate, reset the second factor and end sessions of any account, a
 * manager of their enterprise's members. Mounted at /api/v1/users.
 */
const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { users } = app.services;
  const anyStaffOrManager = requireRole('admin', 'staff', 'enterprise_manager', 'enterprise_member');
  const oneUser = { tags, params: IdParamsSchema, response: { 200: UserSchema, ...problemResponses(401, 403, 404) } };

  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'People with accounts (a manager sees only their own enterprise)',
        querystring: UserListQuerySchema,
        response: { 200: UserListSchema, ...problemResponses(400, 401, 403) },
      },
      preHandler: anyStaffOrManager,
    },
    async (request) => ({ items: await users.list(actorOf(request), request.query) }),
  );

  app.get(
    '/enterprise-options',
    {
      schema: {
        tags,
        summary:
          'Every enterprise in the registry, drafts and hidden ones too, for choosing whom to invite or assign (staff only)',
        description: 'Invitations often precede publication, so drafts are included. Sorted by name in Greek order.',
        response: { 200: EnterpriseOptionListSchema, ...problemResponses(401, 403) },
      },
      preHandler: requireRole('admin', 'staff'),
    },
    async () => ({ items: await users.enterpriseOptions() }),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
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
    async (request) =>
      users.changeRole(actorOf(request), request.params.id, {
        role: request.body.role,
        enterpriseId: request.body.enterpriseId ?? null,
      }),
  );

  app.get('/:id', { schema: { ...oneUser, summary: 'One account' }, preHandler: anyStaffOrManager }, async (request) =>
    users.get(actorOf(request), request.params.id),
  );

  app.post(
    '/:id/deactivate',
    {
      schema: { ...oneUser, summary: 'Deactivate an account: it can no longer sign in and its sessions end' },
      preHandler: anyStaffOrManager,
    },
    async (request) => users.setStatus(actorOf(request), request.params.id, 'deactivated'),
  );

  app.post(
    '/:id/reactivate',
    { schema: { ...oneUser, summary: 'Reactivate a deactivated account' }, preHandler: anyStaffOrManager },
    async (request) => users.setStatus(actorOf(request), request.params.id, 'active'),
  );

  app.post(
    '/:id/mfa-reset',
    {
      schema: {
        ...oneUser,
        summary:
          'Remove the second factor of an account (lost phone); the person sets up a new one at the next sign-in',
      },
      preHandler: anyStaffOrManager,
    },
    async (request) => users.resetSecondFactor(actorOf(request), request.params.id),
  );

  app.post(
    '/:id/end-sessions',
    {
      schema: {
        tags,
        summary: 'End every session of an account (sign it out everywhere)',
        params: IdParamsSchema,
        response: { 200: EndedSessionsSchema, ...problemResponses(401, 403, 404) },
      },
      preHandler: anyStaffOrManager,
    },
    async (request) => users.endSessions(actorOf(request), request.params.id),
  );
};

export default userRoutes;
