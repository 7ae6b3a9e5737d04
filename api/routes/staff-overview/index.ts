import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problemResponses } from '../../http/problem-schema.ts';
import { actorOf } from '../../http/request-context.ts';
import { requireRole } from '../../plugins/auth.ts';
import { StaffOverviewQuery, StaffOverviewSchema } from './schemas.ts';

/** The staff home's counters in one call (issue 16). Mounted at /api/v1. */
const staffOverviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/staff/overview',
    {
      preHandler: requireRole('admin', 'staff'),
      schema: {
        tags: ['staff'],
        summary:
          "The day's work: changes awaiting moderation, certificates ending and ended, enterprises never or long ago verified, the year's social spend",
        querystring: StaffOverviewQuery,
        response: { 200: StaffOverviewSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return app.services.staffOverview.overview(actorOf(request), request.query);
    },
  );
};

export default staffOverviewRoutes;
