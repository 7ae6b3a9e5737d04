import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf, ifMatchOf } from '../../http/request-context.ts';
import {
  ReturnBodySchema,
  SocialValueReportListSchema,
  SocialValueReportSchema,
  socialValueEtag,
} from '../../http/social-value-schemas.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ReportIdParamsSchema, ReportListQuerySchema } from './schemas.ts';

const tags = ['social-value'];

/**
 * Social value, staff's side (issue 13): the enterprises' reports on their contracts, confirmed
 * or sent back with a comment. Mounted at /api/v1/social-value. The year's confirmed figures are
 * in /api/v1/stats/social-procurement; the council report at /api/v1/stats/social-value-report.{docx,pdf}.
 */
const socialValueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { socialValue } = app.services;
  app.addHook('preHandler', requireRole('admin', 'staff'));

  app.get(
    '/reports',
    {
      schema: {
        tags,
        summary: 'Reports, newest period first (status=reported: the ones awaiting confirmation)',
        querystring: ReportListQuerySchema,
        response: { 200: SocialValueReportListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ items: await socialValue.list(actorOf(request), request.query) }),
  );

  app.get(
    '/reports/:id',
    {
      schema: {
        tags,
        summary: 'One report (ETag for If-Match)',
        params: ReportIdParamsSchema,
        response: { 200: SocialValueReportSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const report = await socialValue.get(actorOf(request), request.params.id);
      reply.header('etag', socialValueEtag(report));
      return report;
    },
  );

  app.post(
    '/reports/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm a report: its figures count from now on (If-Match optional; audited)',
        params: ReportIdParamsSchema,
        response: { 200: SocialValueReportSchema, ...problemResponses(401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const report = await socialValue.confirm(actorOf(request), request.params.id, ifMatchOf(request));
      reply.header('etag', socialValueEtag(report));
      return report;
    },
  );

  app.post(
    '/reports/:id/return',
    {
      schema: {
        tags,
        summary: 'Send a report back to the enterprise with what to correct (If-Match optional; audited)',
        params: ReportIdParamsSchema,
        body: ReturnBodySchema,
        response: { 200: SocialValueReportSchema, ...problemResponses(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const report = await socialValue.sendBack(
        actorOf(request),
        request.params.id,
        request.body.comment,
        ifMatchOf(request),
      );
      reply.header('etag', socialValueEtag(report));
      return report;
    },
  );
};

export default socialValueRoutes;
