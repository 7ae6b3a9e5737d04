import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { IdParamsSchema } from '../../http/account-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf } from '../../http/request-context.ts';
import { authRateLimit, requireRole } from '../../plugins/auth.ts';
import {
  AcceptedInvitationSchema,
  AcceptInvitationSchema,
  CreateInvitationSchema,
  InvitationListQuerySchema,
  InvitationListSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  TokenBodySchema,
} from './schemas.ts';

const tags = ['accounts'];

/**
 * Invitations (issue 4): admins invite anyone, staff invite enterprise people, managers
 * invite members to their own enterprise. The invitee gets a one-time link, valid 7 days.
 * Mounted at /api/v1/invitations.
 */
const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { invitations } = app.services;
  const rateLimit = authRateLimit(app.config);
  const inviters = requireRole('admin', 'staff', 'enterprise_manager');

  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Invite someone by e-mail',
        description: 'A pending invitation to the same address is replaced (the old link stops working).',
        body: CreateInvitationSchema,
        response: { 201: InvitationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
      preHandler: inviters,
    },
    async (request, reply) => reply.code(201).send(await invitations.create(actorOf(request), request.body)),
  );

  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'Invitations I can see (a manager: their own enterprise only)',
        querystring: InvitationListQuerySchema,
        response: { 200: InvitationListSchema, ...problemResponses(400, 401, 403) },
      },
      preHandler: inviters,
    },
    async (request) => ({ items: await invitations.list(actorOf(request), request.query.status ?? 'pending') }),
  );

  app.delete(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Withdraw a pending invitation (its link stops working)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409) },
      },
      preHandler: inviters,
    },
    async (request, reply) => {
      await invitations.revoke(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/preview',
    {
      schema: {
        tags,
        summary: 'What an invitation link is for (address, role, enterprise), before accepting it',
        body: TokenBodySchema,
        response: { 200: InvitationPreviewSchema, ...problemResponses(400, 429) },
      },
      config: { csrf: false, rateLimit },
    },
    async (request) => invitations.preview(request.body.token),
  );

  app.post(
    '/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation: choose a name and password; the account is created',
        body: AcceptInvitationSchema,
        response: { 201: AcceptedInvitationSchema, ...problemResponses(400, 409, 429) },
      },
      config: { csrf: false, rateLimit },
    },
    async (request, reply) => reply.code(201).send(await invitations.accept(actorOf(request), request.body)),
  );
};

export default invitationRoutes;
