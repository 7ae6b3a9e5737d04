import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf, ifMatchOf } from '../../http/request-context.ts';
import {
  MySocialValueSchema,
  SocialValueInputSchema,
  SocialValueReportSchema,
  socialValueEtag,
} from '../../http/social-value-schemas.ts';
import { requireRole } from '../../plugins/auth.ts';
import { ContractIdParamsSchema, MyReportIdParamsSchema } from './schemas.ts';

const tags = ['social-value'];

/**
 * Social value, the enterprise's side (issue 13): managers and members report on their own
 * enterprise's contracts (404 for any other). Mounted at /api/v1/my/social-value.
 */
const mySocialValueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { socialValue } = app.services;
  app.addHook('preHandler', requireRole('enterprise_manager', 'enterprise_member'));

  app.get(
    '/',
    {
      schema: {
        tags,
        summary: "My enterprise's contracts, each with its social-value reports",
        response: { 200: MySocialValueSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ contracts: await socialValue.myContracts(actorOf(request)) }),
  );

  app.post(
    '/contracts/:contractId/reports',
    {
      schema: {
        tags,
        summary: 'Report on a contract for a period (at most 12 months, already ended, not overlapping another)',
        params: ContractIdParamsSchema,
        body: SocialValueInputSchema,
        response: { 201: SocialValueReportSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const report = await socialValue.report(actorOf(request), request.params.contractId, request.body);
      reply
        .code(201)
        .header('etag', socialValueEtag(report))
        .header('location', `/api/v1/my/social-value/reports/${report.id}`);
      return report;
    },
  );

  app.get(
    '/reports/:id',
    {
      schema: {
        tags,
        summary: 'One of my reports (ETag for If-Match)',
        params: MyReportIdParamsSchema,
        response: { 200: SocialValueReportSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const report = await socialValue.get(actorOf(request), request.params.id);
      reply.header('etag', socialValueEtag(report));
      return report;
    },
  );

  app.put(
    '/reports/:id',
    {
      schema: {
        tags,
        summary: 'Correct my report until staff confirm it (If-Match required)',
        params: MyReportIdParamsSchema,
        body: SocialValueInputSchema,
        response: { 200: SocialValueReportSchema, ...problemResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const report = await socialValue.edit(actorOf(request), request.params.id, request.body, ifMatchOf(request));
      reply.header('etag', socialValueEtag(report));
      return report;
    },
  );
};

export default mySocialValueRoutes;
