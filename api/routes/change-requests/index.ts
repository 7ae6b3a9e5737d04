import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { invalidParameter } from '../../domain/errors.ts';
import { msg } from '../../domain/messages/index.ts';
import { ChangeRequestDetailSchema } from '../../http/enterprise-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf } from '../../http/request-context.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ApproveBody, ChangeRequestListSchema, IdParams, ListQuerySchema, RejectBody } from './schemas.ts';

const tags = ['moderation'];

/**
 * The moderation queue (issue 5). Staff list, read (with a field-by-field diff), approve
 * (optionally correcting) and reject with a comment; an enterprise user lists and reads
 * their own enterprise's requests only. Mounted at /api/v1/change-requests.
 */
const changeRequestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { changeRequests } = app.services;
  app.addHook('preHandler', requireRole());

  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'Change requests (staff: all, oldest pending first; enterprise users: their own)',
        querystring: ListQuerySchema,
        response: { 200: ChangeRequestListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { status, enterpriseId, page, pageSize } = request.query;
      const { items, total } = await changeRequests.list(
        actorOf(request),
        { status, enterpriseId },
        { page, pageSize },
      );
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One change request with a field-by-field before/after diff',
        params: IdParams,
        response: { 200: ChangeRequestDetailSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => changeRequests.detail(actorOf(request), request.params.id),
  );

  app.post(
    '/:id/approve',
    {
      schema: {
        tags,
        summary:
          'Approve (staff), optionally with corrections: applies the change, bumps the version, reindexes search, e-mails the enterprise',
        params: IdParams,
        body: ApproveBody,
        response: { 200: ChangeRequestDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      changeRequests.approve(
        actorOf(request),
        request.params.id,
        request.body.corrections ?? {},
        request.body.comment?.trim() || null,
      ),
  );

  app.post(
    '/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject with a comment (staff); the enterprise is told by e-mail',
        params: IdParams,
        body: RejectBody,
        response: { 200: ChangeRequestDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const comment = request.body.comment.trim();
      if (!comment) throw invalidParameter('comment', msg('field.empty'), 'body');
      return changeRequests.reject(actorOf(request), request.params.id, comment);
    },
  );
};

export default changeRequestRoutes;
